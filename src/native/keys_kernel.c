/* siyaq._crf_kernel.word_keys: new words' own-feature keys in C (linked into the CRF kernel,
 * whose module table lists it; siyaq.analyze.ner_keys.FeatureKeys.batch is the Python path).
 *
 * The Python path builds each key by slicing a word's forms and looking the slices up in
 * per-template dicts; here the same slices are looked up in the same dicts, with the same
 * fallbacks, so each row holds the very int objects the Python rows hold, in the same order.
 * Python costs ~15 us a new word in that bookkeeping (more in small batches); C ~1-2 us.
 * Strings are compared and sliced through the Unicode API, so any code point is handled as
 * Python handles it. The tables (dicts of the model and the lexicon) are read where they
 * live, never copied: a lexicon changed at run time is seen as the Python path sees it.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* The layout of ner_keys.KeyTables (a NamedTuple); read_tables checks each item's type. */
enum {
    T_BIAS, T_NONE, T_DASH, T_ARTICLE, T_SLASH, T_PROCLITICS, T_W, T_S, T_TRIGGERS, T_T,
    T_CLUSTERS, T_C, T_CC, T_PHRASES, T_GW, T_SHAPES, T_WORDS, T_GP, T_LEVELS, T_SEEN, T_SN,
    T_S1, T_LENGTHS, T_PREFIXES, T_SUFFIXES, T_STEM_SUFFIXES, T_CLITIC, T_BARE_LEVELS,
    T_LONGEST, T_COUNT
};

/* The keys of word_shape()'s answers, in this order (ner_keys.SHAPES). */
enum { SHAPE_DIGIT, SHAPE_ARABIC, SHAPE_LATIN_CAP, SHAPE_LATIN, SHAPE_PUNCT, SHAPE_MIXED,
       SHAPE_COUNT };

#define LENGTHS 10 /* len= keys of a stem of 0..9+ letters */
#define AFFIXES 3  /* p1..p3, x1..x3 */
#define FIXED_KEYS 21 /* a row's keys besides the cluster levels (see fill_row) */

typedef struct {
    PyObject *item[T_COUNT]; /* borrowed from the tables tuple, which the caller holds */
} Tables;

/* ---- Reading the tables ------------------------------------------------------------------- */

static int check_item(const Tables *t, int index, const char *name, int (*check)(PyObject *),
                      const char *kind)
{
    if (check(t->item[index]))
        return 0;
    PyErr_Format(PyExc_TypeError, "tables.%s must be %s, not %.100s", name, kind,
                 Py_TYPE(t->item[index])->tp_name);
    return -1;
}

static int is_dict(PyObject *obj) { return PyDict_CheckExact(obj); }
static int is_str(PyObject *obj) { return PyUnicode_CheckExact(obj); }
static int is_int(PyObject *obj) { return PyLong_CheckExact(obj); }

/* A tuple of `size` items (any size when size < 0), each passing check. */
static int check_tuple(const Tables *t, int index, const char *name, Py_ssize_t size,
                       int (*check)(PyObject *), const char *kind)
{
    PyObject *tuple = t->item[index];
    int ok = PyTuple_CheckExact(tuple) && (size < 0 || PyTuple_GET_SIZE(tuple) == size);
    for (Py_ssize_t i = 0; ok && i < PyTuple_GET_SIZE(tuple); i++)
        ok = check(PyTuple_GET_ITEM(tuple, i));
    if (ok)
        return 0;
    if (size < 0)
        PyErr_Format(PyExc_TypeError, "tables.%s must be a tuple of %s", name, kind);
    else
        PyErr_Format(PyExc_TypeError, "tables.%s must be a tuple of %zd %s", name, size, kind);
    return -1;
}

/* Non-empty strings, longest first (the first that matches is then the longest). */
static int check_proclitics(PyObject *tuple)
{
    Py_ssize_t previous = PY_SSIZE_T_MAX;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
        Py_ssize_t size = PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(tuple, i));
        if (size == 0 || size > previous) {
            PyErr_SetString(PyExc_ValueError,
                            "tables.proclitics must be non-empty strings, longest first");
            return -1;
        }
        previous = size;
    }
    return 0;
}

static int read_tables(PyObject *obj, Tables *t)
{
    if (!PyTuple_Check(obj) || PyTuple_GET_SIZE(obj) != T_COUNT) {
        PyErr_Format(PyExc_TypeError, "tables must be a KeyTables tuple of %d items", T_COUNT);
        return -1;
    }
    for (int i = 0; i < T_COUNT; i++)
        t->item[i] = PyTuple_GET_ITEM(obj, i);
    static const struct { int index; const char *name; } dicts[] = {
        {T_W, "w"}, {T_S, "s"}, {T_TRIGGERS, "triggers"}, {T_T, "t"}, {T_CLUSTERS, "clusters"},
        {T_C, "c"}, {T_CC, "cc"}, {T_PHRASES, "phrases"}, {T_GW, "gw"}, {T_WORDS, "words"},
        {T_GP, "gp"}, {T_SEEN, "seen"}, {T_SN, "sn"}, {T_S1, "s1"}, {T_CLITIC, "clitic"},
        {T_LONGEST, "longest"},
    };
    for (size_t i = 0; i < sizeof(dicts) / sizeof(dicts[0]); i++)
        if (check_item(t, dicts[i].index, dicts[i].name, is_dict, "a dict") < 0)
            return -1;
    if (check_item(t, T_BIAS, "bias", is_int, "an int") < 0 ||
        check_item(t, T_NONE, "none", is_int, "an int") < 0 ||
        check_item(t, T_DASH, "dash", is_str, "a str") < 0 ||
        check_item(t, T_ARTICLE, "article", is_str, "a str") < 0 ||
        check_item(t, T_SLASH, "slash", is_str, "a str") < 0 ||
        check_tuple(t, T_PROCLITICS, "proclitics", -1, is_str, "strs") < 0 ||
        check_proclitics(t->item[T_PROCLITICS]) < 0 ||
        check_tuple(t, T_SHAPES, "shapes", SHAPE_COUNT, is_int, "ints") < 0 ||
        check_tuple(t, T_LEVELS, "levels", -1, is_dict, "dicts") < 0 ||
        check_tuple(t, T_LENGTHS, "lengths", LENGTHS, is_int, "ints") < 0 ||
        check_tuple(t, T_PREFIXES, "prefixes", AFFIXES, is_dict, "dicts") < 0 ||
        check_tuple(t, T_SUFFIXES, "suffixes", AFFIXES, is_dict, "dicts") < 0 ||
        check_tuple(t, T_STEM_SUFFIXES, "stem_suffixes", 2, is_dict, "dicts") < 0 ||
        check_tuple(t, T_BARE_LEVELS, "bare_levels", -1, is_dict, "dicts") < 0)
        return -1;
    if (PyUnicode_GET_LENGTH(t->item[T_ARTICLE]) != 2) {
        PyErr_SetString(PyExc_ValueError, "tables.article must be two letters");
        return -1;
    }
    return 0;
}

/* ---- Lookups ------------------------------------------------------------------------------ */

/* dict.get(key, fallback): borrowed, NULL only on error. Values are taken as new references
 * (Py_NewRef) wherever another lookup follows, since a key's __eq__ could change a dict. */
static PyObject *get(PyObject *dict, PyObject *key, PyObject *fallback)
{
    PyObject *value = PyDict_GetItemWithError(dict, key);
    return value != NULL || PyErr_Occurred() ? value : fallback;
}

/* dict.get(word[start:end], none). */
static PyObject *get_slice(PyObject *dict, PyObject *word, Py_ssize_t start, Py_ssize_t end,
                           PyObject *none)
{
    PyObject *slice = PyUnicode_Substring(word, start, end);
    if (slice == NULL)
        return NULL;
    PyObject *value = get(dict, slice, none);
    Py_DECREF(slice);
    return value;
}

/* table.get(inner.get(key), none), as ner_keys reads a trigger's or a seen type's key. */
static PyObject *get_through(PyObject *inner, PyObject *table, PyObject *key, PyObject *none)
{
    PyObject *value = get(inner, key, NULL);
    if (value == NULL)
        return PyErr_Occurred() ? NULL : none;
    Py_INCREF(value);
    PyObject *result = get(table, value, none);
    Py_DECREF(value);
    return result;
}

/* first.get(a) or second.get(b, fallback), as Python's `or` picks: a new reference (NULL when
 * that is a missing value and fallback is NULL); *failed set on error. */
static PyObject *either(PyObject *first, PyObject *a, PyObject *second, PyObject *b,
                        PyObject *fallback, int *failed)
{
    PyObject *value = get(first, a, NULL);
    if (value != NULL) {
        Py_INCREF(value);
        int true_ = PyObject_IsTrue(value);
        if (true_ != 0) {
            if (true_ < 0) {
                Py_DECREF(value);
                *failed = 1;
                return NULL;
            }
            return value;
        }
        Py_DECREF(value);
    } else if (PyErr_Occurred()) {
        *failed = 1;
        return NULL;
    }
    value = get(second, b, fallback);
    if (value == NULL && PyErr_Occurred())
        *failed = 1;
    return Py_XNewRef(value);
}

/* ---- A word's forms ----------------------------------------------------------------------- */

static int starts_with(PyObject *word, PyObject *prefix)
{
    Py_ssize_t size = PyUnicode_GET_LENGTH(prefix);
    if (PyUnicode_GET_LENGTH(word) < size)
        return 0;
    return (int)PyUnicode_Tailmatch(word, prefix, 0, size, -1);
}

/* ner_text.strip_proclitics: the longest clitic leaving at least 3 letters comes off; one
 * longer than a letter ends in ال or لل, so ال takes its place. A new reference. */
static PyObject *without_proclitics(const Tables *t, PyObject *word)
{
    PyObject *clitics = t->item[T_PROCLITICS];
    Py_ssize_t length = PyUnicode_GET_LENGTH(word);
    Py_UCS4 first = length ? PyUnicode_READ_CHAR(word, 0) : 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(clitics); i++) {
        PyObject *clitic = PyTuple_GET_ITEM(clitics, i);
        Py_ssize_t size = PyUnicode_GET_LENGTH(clitic);
        if (length - size < 3 || PyUnicode_READ_CHAR(clitic, 0) != first)
            continue; /* most words: the first letter rules every clitic out */
        int match = starts_with(word, clitic);
        if (match < 0)
            return NULL;
        if (!match)
            continue;
        PyObject *rest = PyUnicode_Substring(word, size, length);
        if (size == 1 || rest == NULL)
            return rest;
        PyObject *joined = PyUnicode_Concat(t->item[T_ARTICLE], rest);
        Py_DECREF(rest);
        return joined;
    }
    return Py_NewRef(word);
}

/* ner_text.strip_article: without a leading ال when at least 2 letters remain. */
static PyObject *without_article(const Tables *t, PyObject *word)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(word);
    int match = length >= 4 ? starts_with(word, t->item[T_ARTICLE]) : 0;
    if (match < 0)
        return NULL;
    return match ? PyUnicode_Substring(word, 2, length) : Py_NewRef(word);
}

/* ner_features.word_shape, as an index into SHAPES: the same str methods, char by char. */
static int shape_of(PyObject *word)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(word);
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    int digit = length > 0, arabic = 1, latin = length > 0, alnum = length > 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        digit = digit && Py_UNICODE_ISDIGIT(ch);
        arabic = arabic && ch >= 0x0600 && ch <= 0x06ff;
        latin = latin && ch < 128 && Py_UNICODE_ISALPHA(ch);
        alnum = alnum && Py_UNICODE_ISALNUM(ch);
    }
    if (digit)
        return SHAPE_DIGIT;
    if (arabic)
        return SHAPE_ARABIC;
    if (latin)
        return Py_UNICODE_ISUPPER(PyUnicode_READ(kind, data, 0)) ? SHAPE_LATIN_CAP : SHAPE_LATIN;
    return alnum ? SHAPE_MIXED : SHAPE_PUNCT;
}

/* The levels of a cluster path ("0110/011010/..."), a new list; NULL when there is no path
 * (NULL or false, as ner_keys tests `if cluster`). Like ner_keys._cluster_keys, a path of one
 * level is an IndexError (it has no c= level). */
static PyObject *levels_of(const Tables *t, PyObject *path, int *failed)
{
    int true_ = path == NULL ? 0 : PyObject_IsTrue(path);
    if (true_ <= 0) {
        *failed = true_ < 0;
        return NULL;
    }
    if (!PyUnicode_Check(path)) {
        PyErr_Format(PyExc_TypeError, "a cluster path must be a str, not %.100s",
                     Py_TYPE(path)->tp_name);
        *failed = 1;
        return NULL;
    }
    PyObject *levels = PyUnicode_Split(path, t->item[T_SLASH], -1);
    if (levels != NULL && PyList_GET_SIZE(levels) < 2) {
        PyErr_Format(PyExc_IndexError, "cluster path %R has fewer than two levels", path);
        Py_CLEAR(levels);
    }
    *failed = levels == NULL;
    return levels;
}

/* clusters.get(a) or clusters.get(b), split into levels (NULL: none, or an error). */
static PyObject *cluster_levels(const Tables *t, PyObject *a, PyObject *b, int *failed)
{
    PyObject *clusters = t->item[T_CLUSTERS];
    PyObject *path = either(clusters, a, clusters, b, NULL, failed);
    PyObject *levels = *failed ? NULL : levels_of(t, path, failed);
    Py_XDECREF(path);
    return levels;
}

/* The forms a row is built from: the word (borrowed) and new references (the levels NULL
 * when the word has no cluster path; bare NULL also when it has no clitics). */
typedef struct {
    PyObject *norm, *free, *stem, *levels, *bare;
    int clitics; /* norm != stem */
} Forms;

static void clear_forms(Forms *f)
{
    Py_CLEAR(f->free);
    Py_CLEAR(f->stem);
    Py_CLEAR(f->levels);
    Py_CLEAR(f->bare);
}

/* Reads the word's forms: without clitics, its stem, its cluster path's levels and, when it
 * has clitics, those of its clitic-free form (as ner_keys.FeatureKeys.normalized). */
static int read_forms(const Tables *t, PyObject *norm, Forms *f)
{
    int failed = 0;
    f->norm = norm;
    if ((f->free = without_proclitics(t, norm)) == NULL ||
        (f->stem = without_article(t, f->free)) == NULL)
        return -1;
    f->levels = cluster_levels(t, norm, f->free, &failed);
    if (failed)
        return -1;
    f->clitics = PyUnicode_Compare(norm, f->stem) != 0;
    if (PyErr_Occurred())
        return -1;
    if (f->clitics)
        f->bare = cluster_levels(t, f->free, f->stem, &failed);
    return failed ? -1 : 0;
}

/* ---- A word's row ------------------------------------------------------------------------- */

typedef struct {
    PyObject *tuple;
    Py_ssize_t next;
} Row;

/* Appends a key (borrowed; NULL: a lookup failed). */
static int put(Row *row, PyObject *key)
{
    if (key == NULL)
        return -1;
    if (row->next >= PyTuple_GET_SIZE(row->tuple)) { /* FIXED_KEYS out of step: never in tests */
        PyErr_SetString(PyExc_SystemError, "word_keys: a row's size is wrong");
        return -1;
    }
    PyTuple_SET_ITEM(row->tuple, row->next++, Py_NewRef(key));
    return 0;
}

/* dicts[i].get(levels[i], none) for each level (none past the dicts: no such template). */
static int put_levels(Row *row, PyObject *dicts, PyObject *levels, PyObject *none)
{
    for (Py_ssize_t i = 0; levels != NULL && i < PyList_GET_SIZE(levels); i++) {
        PyObject *key = i < PyTuple_GET_SIZE(dicts)
                            ? get(PyTuple_GET_ITEM(dicts, i), PyList_GET_ITEM(levels, i), none)
                            : none;
        if (put(row, key) < 0)
            return -1;
    }
    return 0;
}

/* gw=: the type of the one-word gazetteer phrase (stem,), or "-". */
static PyObject *phrase_key(const Tables *t, PyObject *stem)
{
    PyObject *phrase = PyTuple_Pack(1, stem);
    if (phrase == NULL)
        return NULL;
    PyObject *type = get(t->item[T_PHRASES], phrase, t->item[T_DASH]);
    Py_DECREF(phrase);
    if (type == NULL)
        return NULL;
    Py_INCREF(type);
    PyObject *key = get(t->item[T_GW], type, t->item[T_NONE]);
    Py_DECREF(type);
    return key;
}

/* gp=: words.get(strip_article(norm)) or words.get(stem, "-"). */
static PyObject *name_word_key(const Tables *t, const Forms *f)
{
    PyObject *bare = without_article(t, f->norm);
    if (bare == NULL)
        return NULL;
    int failed = 0;
    PyObject *words = t->item[T_WORDS];
    PyObject *types = either(words, bare, words, f->stem, t->item[T_DASH], &failed);
    Py_DECREF(bare);
    if (failed)
        return NULL;
    PyObject *key = get(t->item[T_GP], types, t->item[T_NONE]);
    Py_DECREF(types);
    return key;
}

/* The head keys (c=, cc=), before gw=. */
static int put_head(Row *row, const Tables *t, const Forms *f)
{
    PyObject *none = t->item[T_NONE];
    if (f->levels == NULL)
        return put(row, none) < 0 || put(row, none) < 0 ? -1 : 0;
    PyObject *first = PyList_GET_ITEM(f->levels, 0), *second = PyList_GET_ITEM(f->levels, 1);
    return put(row, get(t->item[T_C], second, none)) < 0 ||
                   put(row, get(t->item[T_CC], first, none)) < 0
               ? -1
               : 0;
}

/* p1..p3, x1..x3 (only affixes shorter than the word), sx2, sx3, clitic=. */
static int put_affixes(Row *row, const Tables *t, const Forms *f)
{
    PyObject *none = t->item[T_NONE], *norm = f->norm, *stem = f->stem;
    Py_ssize_t n = PyUnicode_GET_LENGTH(norm), s = PyUnicode_GET_LENGTH(stem);
    for (Py_ssize_t k = 1; k <= AFFIXES; k++) {
        PyObject *dict = PyTuple_GET_ITEM(t->item[T_PREFIXES], k - 1);
        if (put(row, n > k ? get_slice(dict, norm, 0, k, none) : none) < 0)
            return -1;
    }
    for (Py_ssize_t k = 1; k <= AFFIXES; k++) {
        PyObject *dict = PyTuple_GET_ITEM(t->item[T_SUFFIXES], k - 1);
        if (put(row, n > k ? get_slice(dict, norm, n - k, n, none) : none) < 0)
            return -1;
    }
    PyObject *sx2 = PyTuple_GET_ITEM(t->item[T_STEM_SUFFIXES], 0);
    PyObject *sx3 = PyTuple_GET_ITEM(t->item[T_STEM_SUFFIXES], 1);
    if (put(row, s >= 3 ? get_slice(sx2, stem, s - 2, s, none) : none) < 0 ||
        put(row, s > 3 ? get_slice(sx3, stem, s - 3, s, none) : none) < 0)
        return -1;
    /* the clitics: what is before the stem (always the end of norm) */
    return put(row, f->clitics ? get_slice(t->item[T_CLITIC], norm, 0, n - s, none) : none);
}

/* The row of FeatureKeys.batch: bias, w, s, t, c, cc, gw, shape, gp, c0.., sn, s1, len,
 * p1-p3, x1-x3, sx2, sx3, clitic, cs0.. (NONE where Python has NONE). */
static int fill_row(Row *row, const Tables *t, const Forms *f)
{
    PyObject *none = t->item[T_NONE], *stem = f->stem;
    Py_ssize_t size = PyUnicode_GET_LENGTH(stem);
    PyObject *shape = PyTuple_GET_ITEM(t->item[T_SHAPES], shape_of(f->norm));
    if (put(row, t->item[T_BIAS]) < 0 || put(row, get(t->item[T_W], f->norm, none)) < 0 ||
        put(row, get(t->item[T_S], stem, none)) < 0 ||
        put(row, get_through(t->item[T_TRIGGERS], t->item[T_T], stem, none)) < 0 ||
        put_head(row, t, f) < 0 || put(row, phrase_key(t, stem)) < 0 || put(row, shape) < 0 ||
        put(row, name_word_key(t, f)) < 0 || put_levels(row, t->item[T_LEVELS], f->levels, none) < 0 ||
        put(row, get_through(t->item[T_SEEN], t->item[T_SN], stem, none)) < 0 ||
        put(row, get(t->item[T_S1], f->free, none)) < 0 ||
        put(row, PyTuple_GET_ITEM(t->item[T_LENGTHS], size < LENGTHS ? size : LENGTHS - 1)) < 0 ||
        put_affixes(row, t, f) < 0)
        return -1;
    return put_levels(row, t->item[T_BARE_LEVELS], f->bare, none);
}

/* One word: its row, its stem and its longest gazetteer phrase, appended to the lists. */
static int add_word(const Tables *t, PyObject *norm, PyObject *rows, PyObject *stems,
                    PyObject *starts, PyObject *zero)
{
    Forms f = {NULL, NULL, NULL, NULL, NULL, 0};
    int result = -1;
    if (!PyUnicode_Check(norm)) {
        PyErr_Format(PyExc_TypeError, "norms must be strs, not %.100s", Py_TYPE(norm)->tp_name);
        return -1;
    }
    if (read_forms(t, norm, &f) < 0)
        goto done;
    Py_ssize_t size = FIXED_KEYS + (f.levels ? PyList_GET_SIZE(f.levels) : 0) +
                      (f.bare ? PyList_GET_SIZE(f.bare) : 0);
    Row row = {PyTuple_New(size), 0};
    if (row.tuple == NULL)
        goto done;
    int filled = fill_row(&row, t, &f) == 0;
    if (filled && row.next != size) /* as in put() */
        PyErr_SetString(PyExc_SystemError, "word_keys: a row's size is wrong");
    if (!filled || row.next != size || PyList_Append(rows, row.tuple) < 0) {
        Py_DECREF(row.tuple); /* items not set yet are NULL: a tuple lets those go */
        goto done;
    }
    Py_DECREF(row.tuple);
    PyObject *start = get(t->item[T_LONGEST], f.stem, zero);
    if (start != NULL && PyList_Append(stems, f.stem) == 0 && PyList_Append(starts, start) == 0)
        result = 0;
done:
    clear_forms(&f);
    return result;
}

const char siyaq_word_keys_doc[] =
"word_keys(tables, norms) -> (rows, stems, starts)\n\n"
"FeatureKeys.batch(norms) in C: for each normalized word, its row of own-feature keys (the\n"
"same int objects in the same places, NONE where Python has NONE), its stem (no clitics, no\n"
"article) and the longest gazetteer phrase the stem begins (0: none). tables is a\n"
"ner_keys.KeyTables; norms a list of str.";

PyObject *siyaq_word_keys(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    Tables t;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "word_keys() takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    if (read_tables(args[0], &t) < 0)
        return NULL;
    if (!PyList_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "norms must be a list of str, not %.100s",
                     Py_TYPE(args[1])->tp_name);
        return NULL;
    }
    PyObject *norms = PySequence_Tuple(args[1]); /* lookups may run Python code: a snapshot */
    PyObject *rows = PyList_New(0), *stems = PyList_New(0), *starts = PyList_New(0);
    PyObject *zero = PyLong_FromLong(0), *result = NULL;
    if (norms == NULL || rows == NULL || stems == NULL || starts == NULL || zero == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(norms); i++)
        if (add_word(&t, PyTuple_GET_ITEM(norms, i), rows, stems, starts, zero) < 0)
            goto done;
    result = PyTuple_Pack(3, rows, stems, starts);
done:
    Py_XDECREF(norms);
    Py_XDECREF(rows);
    Py_XDECREF(stems);
    Py_XDECREF(starts);
    Py_XDECREF(zero);
    return result;
}
