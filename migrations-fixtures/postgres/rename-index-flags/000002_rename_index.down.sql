ALTER INDEX users_display_name_idx RENAME TO users_name_idx;
