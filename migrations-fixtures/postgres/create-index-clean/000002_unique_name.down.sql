DROP INDEX users_name_uniq_idx;
