EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Display name',
    @level0type = N'SCHEMA', @level0name = N'dbo',
    @level1type = N'TABLE', @level1name = N'users',
    @level2type = N'COLUMN', @level2name = N'name';
