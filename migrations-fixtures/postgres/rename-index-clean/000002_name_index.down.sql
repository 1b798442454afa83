DROP INDEX users_name_tmp_idx;
