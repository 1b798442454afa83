/*
 * The baseline for docs/performance.md: read each file named on the command line and parse it with
 * libpg_query's pg_query_parse (text to JSON parse tree), nothing else. Built against the same
 * system library MigrationLint loads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <pg_query.h>

static char *read_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(2); }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror(path); exit(2); }
    text[size] = '\0';
    fclose(file);
    return text;
}

int main(int argc, char **argv) {
    long bytes = 0, errors = 0;
    for (int i = 1; i < argc; i++) {
        char *text = read_file(argv[i]);
        PgQueryParseResult result = pg_query_parse(text);
        if (result.error) errors++; else for (char *p = result.parse_tree; *p; p++) bytes++;
        pg_query_free_parse_result(result);
        free(text);
    }
    printf("%d files, %ld bytes of JSON, %ld files with errors\n", argc - 1, bytes, errors);
    return 0;
}
