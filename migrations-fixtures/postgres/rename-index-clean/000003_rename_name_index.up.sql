ALTER INDEX users_name_tmp_idx RENAME TO users_name_idx;
