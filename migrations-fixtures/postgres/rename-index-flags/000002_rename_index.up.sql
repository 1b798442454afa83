ALTER INDEX users_name_idx RENAME TO users_display_name_idx;
