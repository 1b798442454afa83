ALTER INDEX users_name_idx RENAME TO users_name_tmp_idx;
