/*
 * cmark_loop: the floor for build-site's Markdown stage.
 *
 *     cmark_loop IN_DIR OUT_DIR
 *
 * For every *.md file in IN_DIR (sorted by name): read it, strip the YAML front matter
 * (a first line "---" up to the next line "---"), parse it with libcmark-gfm with the GFM
 * extensions attached (table, strikethrough, autolink, tagfilter, tasklist) and footnotes,
 * render HTML with the parser's extensions, and write OUT_DIR/<name>.html. Single-threaded.
 * Parse and render options are the ones build-site uses (Sources/Markdown/MarkdownDocument.swift):
 * CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 to parse, CMARK_OPT_FOOTNOTES to render
 * (safe mode: raw HTML is not passed through).
 *
 * Build: cc -O2 -o cmark_loop cmark_loop.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions
 */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *extension_names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Reads a whole file; returns a malloc'd buffer and its length, or NULL. */
static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) { free(buf); buf = NULL; }
            else buf = bigger;
        }
    }
    fclose(f);
    *length = len;
    return buf;
}

/* The body after the front matter: "---\n" ... "\n---\n". Returns the offset of the body. */
static size_t body_offset(const char *text, size_t len) {
    if (len < 4 || strncmp(text, "---", 3) != 0 || (text[3] != '\n' && text[3] != '\r')) return 0;
    size_t i = 3;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        if (!nl) return 0;
        size_t line = (size_t)(nl - text) + 1;
        if (len - line >= 3 && strncmp(text + line, "---", 3) == 0) {
            size_t end = line + 3;
            while (end < len && (text[end] == ' ' || text[end] == '\t' || text[end] == '\r')) end++;
            if (end == len) return len;
            if (text[end] == '\n') return end + 1;
        }
        i = line;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s IN_DIR OUT_DIR\n", argv[0]);
        return 2;
    }
    const char *in_dir = argv[1], *out_dir = argv[2];
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) {
        perror(out_dir);
        return 1;
    }
    cmark_gfm_core_extensions_ensure_registered();
    const int parse_options = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8;
    const int render_options = CMARK_OPT_FOOTNOTES;

    DIR *dir = opendir(in_dir);
    if (!dir) {
        perror(in_dir);
        return 1;
    }
    size_t count = 0, cap = 1024;
    char **names = malloc(cap * sizeof *names);
    struct dirent *d;
    while ((d = readdir(dir)) != NULL) {
        if (d->d_name[0] == '.' || !ends_with(d->d_name, ".md")) continue;
        if (count == cap) names = realloc(names, (cap *= 2) * sizeof *names);
        names[count++] = strdup(d->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, compare_names);

    size_t bytes_in = 0, bytes_out = 0;
    char path[4096];
    for (size_t k = 0; k < count; k++) {
        snprintf(path, sizeof path, "%s/%s", in_dir, names[k]);
        size_t len;
        char *text = read_file(path, &len);
        if (!text) {
            perror(path);
            return 1;
        }
        size_t start = body_offset(text, len);

        cmark_parser *parser = cmark_parser_new(parse_options);
        for (size_t e = 0; e < sizeof extension_names / sizeof *extension_names; e++) {
            cmark_syntax_extension *ext = cmark_find_syntax_extension(extension_names[e]);
            if (!ext) {
                fprintf(stderr, "cmark-gfm extension '%s' not found\n", extension_names[e]);
                return 1;
            }
            cmark_parser_attach_syntax_extension(parser, ext);
        }
        cmark_parser_feed(parser, text + start, len - start);
        cmark_node *doc = cmark_parser_finish(parser);
        char *html = cmark_render_html(doc, render_options, cmark_parser_get_syntax_extensions(parser));
        size_t html_len = strlen(html);

        snprintf(path, sizeof path, "%s/%.*s.html", out_dir, (int)(strlen(names[k]) - 3), names[k]);
        FILE *out = fopen(path, "wb");
        if (!out || fwrite(html, 1, html_len, out) != html_len || fclose(out) != 0) {
            perror(path);
            return 1;
        }
        bytes_in += len;
        bytes_out += html_len;

        free(html);  /* allocated with cmark's default allocator (malloc) */
        cmark_node_free(doc);
        cmark_parser_free(parser);
        free(text);
        free(names[k]);
    }
    free(names);
    printf("cmark_loop: %zu files, %zu KB in, %zu KB HTML out\n", count, bytes_in / 1024, bytes_out / 1024);
    return 0;
}
