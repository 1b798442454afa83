DROP FUNCTION user_initials(text);
