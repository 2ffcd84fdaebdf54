/* siyaq._crf_kernel: the CRF decoder's hot loops in C (siyaq.analyze.ner_decode, ner_scorer,
 * ner_viterbi keep the numpy versions as the fallback; siyaq.native chooses). New words'
 * feature keys (word_keys) are in keys_kernel.c, built into the same module.
 *
 * Pure functions over buffers: numpy arrays come in through the buffer protocol, so no numpy
 * headers are needed to build. Every sum is made in the same order as the numpy code, so the
 * results are the same to the bit (built without -ffast-math, which would reorder them). Every
 * shape, type and index is checked before a loop runs, so bad input raises ValueError or
 * TypeError instead of reading out of bounds; the loops then run without the GIL.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#define NONE_KEY (-1) /* ner_scorer.NONE: a feature without weight */

/* ---- Reading arguments ------------------------------------------------------------------ */

/* Is `format` the struct code `code` in native order ("d", "@d" or "=d")? */
static int format_is(const char *format, char code)
{
    if (format == NULL)
        return code == 'B';
    if (format[0] == '@' || format[0] == '=')
        format++;
    return format[0] == code && format[1] == '\0';
}

/* Turns a failed PyObject_GetBuffer into a message naming the argument. */
static void buffer_error(PyObject *obj, const char *name, const char *kind, int writable)
{
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Format(PyExc_TypeError, "%s must be a %s array, not %.100s", name, kind,
                     Py_TYPE(obj)->tp_name);
    } else if (PyErr_ExceptionMatches(PyExc_BufferError) ||
               PyErr_ExceptionMatches(PyExc_ValueError)) {
        PyErr_Format(PyExc_ValueError, "%s must be a C-contiguous%s %s array", name,
                     writable ? " writable" : "", kind);
    }
}

/* 0 when the view's items are of the wanted type (ok) and it has ndim dimensions; else the
 * view is released and -1 returned with the error set. */
static int check_view(Py_buffer *view, int ok, int ndim, const char *name, const char *type_name)
{
    if (!ok) {
        PyErr_Format(PyExc_TypeError, "%s must be %s, not format '%s'", name, type_name,
                     view->format ? view->format : "B");
    } else if (view->ndim != ndim) {
        PyErr_Format(PyExc_ValueError, "%s must have %d dimensions, not %d", name, ndim,
                     view->ndim);
    } else {
        return 0;
    }
    PyBuffer_Release(view);
    return -1;
}

/* A C-contiguous float64 array of `ndim` dimensions (writable if asked). */
static int get_floats(PyObject *obj, Py_buffer *view, int ndim, int writable, const char *name)
{
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, view, flags) < 0) {
        buffer_error(obj, name, "float64", writable);
        return -1;
    }
    int ok = format_is(view->format, 'd') && view->itemsize == (Py_ssize_t)sizeof(double);
    return check_view(view, ok, ndim, name, "float64");
}

/* A C-contiguous integer array whose items are Py_ssize_t (numpy's intp). */
static int get_indexes(PyObject *obj, Py_buffer *view, int ndim, const char *name)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) {
        buffer_error(obj, name, "intp", 0);
        return -1;
    }
    int integer = format_is(view->format, 'n') || format_is(view->format, 'l') ||
                  format_is(view->format, 'q');
    int ok = integer && view->itemsize == (Py_ssize_t)sizeof(Py_ssize_t);
    return check_view(view, ok, ndim, name, "intp");
}

/* Copies the ints of a tuple into values, each checked to lie in [low, high). A tuple, not
 * the caller's list: an int's __index__ may run Python code, which cannot change a tuple. */
static int copy_ints(PyObject *tuple, const char *name, Py_ssize_t low, Py_ssize_t high,
                     Py_ssize_t *values)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(tuple); i++) {
        Py_ssize_t value = PyNumber_AsSsize_t(PyTuple_GET_ITEM(tuple, i), PyExc_OverflowError);
        if (value == -1 && PyErr_Occurred()) {
            if (PyErr_ExceptionMatches(PyExc_TypeError))
                PyErr_Format(PyExc_TypeError, "%s[%zd] is not an int", name, i);
            return -1;
        }
        if (value < low || value >= high) {
            PyErr_Format(PyExc_ValueError, "%s[%zd] = %zd is outside [%zd, %zd)", name, i,
                         value, low, high);
            return -1;
        }
        values[i] = value;
    }
    return 0;
}

/* A tuple of the sequence's items (a new reference), or NULL with a TypeError. */
static PyObject *as_tuple(PyObject *obj, const char *name)
{
    PyObject *tuple = PySequence_Tuple(obj);
    if (tuple == NULL && PyErr_ExceptionMatches(PyExc_TypeError))
        PyErr_Format(PyExc_TypeError, "%s must be a sequence of ints, not %.100s", name,
                     Py_TYPE(obj)->tp_name);
    return tuple;
}

/* The ints of a sequence (a list, a tuple, or an intp array), copied into a new C array that
 * the caller frees with PyMem_Free; each must lie in [low, high). NULL on error. */
static Py_ssize_t *read_ints(PyObject *obj, const char *name, Py_ssize_t low, Py_ssize_t high,
                             Py_ssize_t *count)
{
    PyObject *tuple = as_tuple(obj, name);
    if (tuple == NULL)
        return NULL;
    Py_ssize_t size = PyTuple_GET_SIZE(tuple);
    Py_ssize_t *values = PyMem_Malloc((size_t)(size > 0 ? size : 1) * sizeof(Py_ssize_t));
    if (values == NULL)
        PyErr_NoMemory();
    else if (copy_ints(tuple, name, low, high, values) < 0) {
        PyMem_Free(values);
        values = NULL;
    }
    Py_DECREF(tuple);
    *count = size;
    return values;
}

/* A text's sentences: their lengths (each at least 1), how many, the longest. */
typedef struct {
    Py_ssize_t *lengths;
    Py_ssize_t count, longest;
} Sentences;

/* Reads the lengths. This may run Python code (__index__), so callers read every sequence
 * before they check their buffers' contents: nothing can change those between check and use. */
static int read_sentences(PyObject *obj, Sentences *sentences)
{
    sentences->longest = 0;
    sentences->lengths = read_ints(obj, "lengths", 1, PY_SSIZE_T_MAX, &sentences->count);
    return sentences->lengths == NULL ? -1 : 0;
}

/* Do the sentences cover exactly `tokens` tokens? Sets their longest. */
static int check_sentences(Sentences *sentences, Py_ssize_t tokens)
{
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < sentences->count; s++) {
        Py_ssize_t length = sentences->lengths[s];
        if (length > tokens - total) {
            total = tokens + 1; /* more than there are */
            break;
        }
        total += length;
        if (length > sentences->longest)
            sentences->longest = length;
    }
    if (total == tokens)
        return 0;
    PyErr_Format(PyExc_ValueError, "lengths must add up to the %zd tokens", tokens);
    return -1;
}

/* The buffers a call holds, released together. */
typedef struct {
    Py_buffer views[3];
    int held;
} Views;

static void release_views(Views *views)
{
    while (views->held > 0)
        PyBuffer_Release(&views->views[--views->held]);
}

/* The next float64 array (see get_floats), held in views; NULL on error. */
static Py_buffer *add_floats(Views *views, PyObject *obj, int ndim, int writable,
                             const char *name)
{
    Py_buffer *view = &views->views[views->held];
    if (get_floats(obj, view, ndim, writable, name) < 0)
        return NULL;
    views->held++;
    return view;
}

/* The next intp array (see get_indexes), held in views; NULL on error. */
static Py_buffer *add_indexes(Views *views, PyObject *obj, int ndim, const char *name)
{
    Py_buffer *view = &views->views[views->held];
    if (get_indexes(obj, view, ndim, name) < 0)
        return NULL;
    views->held++;
    return view;
}

static int check_args(const char *function, Py_ssize_t nargs, Py_ssize_t expected)
{
    if (nargs == expected)
        return 0;
    PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", function, expected,
                 nargs);
    return -1;
}

/* ---- Viterbi ------------------------------------------------------------------------------ */

/* The best label path of one sentence of `size` tokens (scores: size x labels) into `path`.
 * Each step takes, for each label, the first previous label of maximal previous + transition
 * score (as numpy's argmax), and adds the emission to that maximum: the same sums as
 * ner_viterbi.viterbi_flat. `previous` and `now` hold `labels` doubles, `back` size x labels. */
static void best_path(const double *scores, Py_ssize_t size, const double *transitions,
                      Py_ssize_t labels, double *previous, double *now, Py_ssize_t *back,
                      Py_ssize_t *path)
{
    memcpy(previous, scores, (size_t)labels * sizeof(double));
    for (Py_ssize_t t = 1; t < size; t++) {
        const double *emission = scores + t * labels;
        Py_ssize_t *pointers = back + t * labels;
        for (Py_ssize_t label = 0; label < labels; label++) {
            double best = previous[0] + transitions[label];
            Py_ssize_t from = 0;
            for (Py_ssize_t p = 1; p < labels; p++) {
                double candidate = previous[p] + transitions[p * labels + label];
                if (candidate > best) { /* strictly: the first of equal ones stays */
                    best = candidate;
                    from = p;
                }
            }
            now[label] = emission[label] + best;
            pointers[label] = from;
        }
        double *swap = previous;
        previous = now;
        now = swap;
    }
    Py_ssize_t label = 0;
    for (Py_ssize_t l = 1; l < labels; l++)
        if (previous[l] > previous[label])
            label = l;
    path[size - 1] = label;
    for (Py_ssize_t t = size - 1; t > 0; t--) {
        label = back[t * labels + label];
        path[t - 1] = label;
    }
}

/* The paths of consecutive sentences, one after the other (each is independent). */
static int decode_all(const double *scores, const Sentences *sentences,
                      const double *transitions, Py_ssize_t labels, Py_ssize_t *path)
{
    /* One more than needed: no zero-byte allocation, whose result may be NULL. */
    double *work = PyMem_RawMalloc((size_t)(2 * labels + 1) * sizeof(double));
    Py_ssize_t *back =
        PyMem_RawMalloc((size_t)(sentences->longest * labels + 1) * sizeof(Py_ssize_t));
    int ok = work != NULL && back != NULL;
    for (Py_ssize_t s = 0; ok && s < sentences->count; s++) {
        Py_ssize_t size = sentences->lengths[s];
        best_path(scores, size, transitions, labels, work, work + labels, back, path);
        scores += size * labels;
        path += size;
    }
    PyMem_RawFree(work);
    PyMem_RawFree(back);
    return ok ? 0 : -1;
}

static PyObject *as_list(const Py_ssize_t *values, Py_ssize_t count)
{
    PyObject *list = PyList_New(count);
    for (Py_ssize_t i = 0; list != NULL && i < count; i++) {
        PyObject *item = PyLong_FromSsize_t(values[i]);
        if (item == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, i, item);
    }
    return list;
}

PyDoc_STRVAR(viterbi_doc,
"viterbi(scores, lengths, transitions) -> list[int]\n\n"
"The best label of each token: Viterbi over consecutive sentences of the given lengths\n"
"(each >= 1, together all rows) of scores (tokens, labels) float64, with transitions\n"
"(labels, labels) float64 from row to column. Ties go to the first label, as numpy's argmax.");

static PyObject *viterbi(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    Sentences sentences = {NULL, 0, 0};
    Views views = {.held = 0};
    Py_buffer *scores, *transitions;
    PyObject *result = NULL;
    Py_ssize_t *path = NULL;
    if (check_args("viterbi", nargs, 3) < 0 || read_sentences(args[1], &sentences) < 0 ||
        !(scores = add_floats(&views, args[0], 2, 0, "scores")) ||
        !(transitions = add_floats(&views, args[2], 2, 0, "transitions")))
        goto done;
    Py_ssize_t tokens = scores->shape[0], labels = scores->shape[1];
    if (transitions->shape[0] != labels || transitions->shape[1] != labels) {
        PyErr_Format(PyExc_ValueError, "transitions must be (%zd, %zd) for scores of %zd labels",
                     labels, labels, labels);
        goto done;
    }
    if (labels < 1 && tokens > 0) {
        PyErr_SetString(PyExc_ValueError, "scores have no labels");
        goto done;
    }
    if (check_sentences(&sentences, tokens) < 0)
        goto done;
    path = PyMem_Malloc((size_t)(tokens > 0 ? tokens : 1) * sizeof(Py_ssize_t));
    int failed = path == NULL;
    if (!failed) {
        Py_BEGIN_ALLOW_THREADS
        failed = decode_all(scores->buf, &sentences, transitions->buf, labels, path);
        Py_END_ALLOW_THREADS
    }
    result = failed ? PyErr_NoMemory() : as_list(path, tokens);
done:
    PyMem_Free(sentences.lengths);
    PyMem_Free(path);
    release_views(&views);
    return result;
}

/* ---- Emissions ---------------------------------------------------------------------------- */

/* Every value of `values` lies in [0, limit)? Raises ValueError naming the first that does not. */
static int check_range(const Py_ssize_t *values, Py_ssize_t count, Py_ssize_t limit,
                       const char *name)
{
    for (Py_ssize_t i = 0; i < count; i++) {
        if (values[i] < 0 || values[i] >= limit) {
            PyErr_Format(PyExc_ValueError, "%s[%zd] = %zd is outside [0, %zd)", name, i,
                         values[i], limit);
            return -1;
        }
    }
    return 0;
}

/* Is each token's row (an intp vector, one per token) a row of a table of `limit` rows? */
static int check_rows(const Py_buffer *rows, Py_ssize_t tokens, Py_ssize_t limit,
                      const char *name)
{
    if (rows->shape[0] != tokens) {
        PyErr_Format(PyExc_ValueError, "%s has %zd tokens, the scores %zd", name,
                     rows->shape[0], tokens);
        return -1;
    }
    return check_range(rows->buf, tokens, limit, name);
}

/* Row of `rows` at token `there` if it lies in the sentence [first, end), else `outside`. */
static inline Py_ssize_t row_at(const Py_ssize_t *rows, Py_ssize_t there, Py_ssize_t first,
                                Py_ssize_t end, Py_ssize_t outside)
{
    return there >= first && there < end ? rows[there] : outside;
}

/* A word table: per row, one block of `labels` weights per slot. */
typedef struct {
    const double *weights;
    Py_ssize_t rows, slots, labels;
} Table;

static inline const double *block_of(const Table *table, Py_ssize_t row, Py_ssize_t slot)
{
    return table->weights + (row * table->slots + slot) * table->labels;
}

/* out[i] = table[rows[i], 0] + table[row at i + offsets[0], 1] + ... in that order; past the
 * sentence a neighbour is the table's last row (the edge's weights). As FastTagger.emissions. */
static void sum_neighbours(double *out, const Table *table, const Py_ssize_t *rows,
                           const Sentences *sentences, const Py_ssize_t *offsets)
{
    Py_ssize_t first = 0, labels = table->labels, edge = table->rows - 1;
    for (Py_ssize_t s = 0; s < sentences->count; s++) {
        Py_ssize_t end = first + sentences->lengths[s];
        for (Py_ssize_t i = first; i < end; i++, out += labels) {
            memcpy(out, block_of(table, rows[i], 0), (size_t)labels * sizeof(double));
            for (Py_ssize_t slot = 1; slot < table->slots; slot++) {
                Py_ssize_t row = row_at(rows, i + offsets[slot - 1], first, end, edge);
                const double *block = block_of(table, row, slot);
                for (Py_ssize_t l = 0; l < labels; l++)
                    out[l] += block[l];
            }
        }
        first = end;
    }
}

/* out[i] += gazetteer[tags[i], 0], then [tag of i - 1, 1], then [tag of i + 1, 2]; past the
 * sentence the tag is row 0 (no tag). As FastTagger._add_gazetteer. */
static void add_tags(double *out, const Table *gazetteer, const Py_ssize_t *tags,
                     const Sentences *sentences)
{
    Py_ssize_t first = 0, labels = gazetteer->labels;
    for (Py_ssize_t s = 0; s < sentences->count; s++) {
        Py_ssize_t end = first + sentences->lengths[s];
        for (Py_ssize_t i = first; i < end; i++, out += labels) {
            Py_ssize_t seen[3] = {tags[i], row_at(tags, i - 1, first, end, 0),
                                  row_at(tags, i + 1, first, end, 0)};
            for (Py_ssize_t slot = 0; slot < 3; slot++) {
                const double *block = block_of(gazetteer, seen[slot], slot);
                for (Py_ssize_t l = 0; l < labels; l++)
                    out[l] += block[l];
            }
        }
        first = end;
    }
}

/* A table (rows, slots, labels) for out (tokens, labels), with at least one row. */
static int table_of(const Py_buffer *out, const Py_buffer *view, Py_ssize_t slots,
                    const char *name, Table *table)
{
    if (view->shape[0] < 1 || view->shape[1] != slots || view->shape[2] != out->shape[1]) {
        PyErr_Format(PyExc_ValueError,
                     "%s must be (rows >= 1, %zd, %zd), not (%zd, %zd, %zd)", name, slots,
                     out->shape[1], view->shape[0], view->shape[1], view->shape[2]);
        return -1;
    }
    *table = (Table){view->buf, view->shape[0], slots, out->shape[1]};
    return 0;
}

PyDoc_STRVAR(neighbour_sums_doc,
"neighbour_sums(out, table, rows, lengths, offsets) -> None\n\n"
"Fills out (tokens, labels) float64: each token's row of table (rows, 1 + len(offsets),\n"
"labels) float64 at slot 0, then, slot after slot, its neighbour's at each offset, or the\n"
"table's last row (the edge) past its sentence. rows: intp, one per token; lengths as for\n"
"viterbi. The sums are added in that order, as FastTagger.emissions does.");

static PyObject *neighbour_sums(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    Sentences sentences = {NULL, 0, 0};
    Views views = {.held = 0};
    Py_buffer *out, *view, *rows;
    Py_ssize_t slots = 0, *offsets = NULL;
    PyObject *result = NULL;
    Table table;
    /* Offsets: any whose sum with a token's index cannot overflow. */
    if (check_args("neighbour_sums", nargs, 5) < 0 || read_sentences(args[3], &sentences) < 0 ||
        !(offsets = read_ints(args[4], "offsets", -PY_SSIZE_T_MAX / 2, PY_SSIZE_T_MAX / 2,
                              &slots)) ||
        !(out = add_floats(&views, args[0], 2, 1, "out")) ||
        !(view = add_floats(&views, args[1], 3, 0, "table")) ||
        !(rows = add_indexes(&views, args[2], 1, "rows")))
        goto done;
    if (table_of(out, view, slots + 1, "table", &table) < 0 ||
        check_rows(rows, out->shape[0], table.rows, "rows") < 0 ||
        check_sentences(&sentences, out->shape[0]) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    sum_neighbours(out->buf, &table, rows->buf, &sentences, offsets);
    Py_END_ALLOW_THREADS
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(sentences.lengths);
    PyMem_Free(offsets);
    release_views(&views);
    return result;
}

PyDoc_STRVAR(add_gazetteer_doc,
"add_gazetteer(out, gazetteer, tags, lengths) -> None\n\n"
"Adds to out (tokens, labels) float64, in this order, gazetteer[tags[i], 0] (the token's\n"
"own tag), gazetteer[tags[i - 1], 1] and gazetteer[tags[i + 1], 2] (its neighbours'; row 0\n"
"past the sentence). gazetteer: (tags, 3, labels) float64; tags: intp, one per token.");

static PyObject *add_gazetteer(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    Sentences sentences = {NULL, 0, 0};
    Views views = {.held = 0};
    Py_buffer *out, *view, *tags;
    PyObject *result = NULL;
    Table gazetteer;
    if (check_args("add_gazetteer", nargs, 4) < 0 || read_sentences(args[3], &sentences) < 0 ||
        !(out = add_floats(&views, args[0], 2, 1, "out")) ||
        !(view = add_floats(&views, args[1], 3, 0, "gazetteer")) ||
        !(tags = add_indexes(&views, args[2], 1, "tags")))
        goto done;
    if (table_of(out, view, 3, "gazetteer", &gazetteer) < 0 ||
        check_rows(tags, out->shape[0], gazetteer.rows, "tags") < 0 ||
        check_sentences(&sentences, out->shape[0]) < 0)
        goto done;
    Py_BEGIN_ALLOW_THREADS
    add_tags(out->buf, &gazetteer, tags->buf, &sentences);
    Py_END_ALLOW_THREADS
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(sentences.lengths);
    release_views(&views);
    return result;
}

/* ---- New words' blocks -------------------------------------------------------------------- */

/* The words' weighted keys, flat (NONE dropped), and where each word's run begins. */
typedef struct {
    Py_ssize_t *keys;
    Py_ssize_t *starts; /* count + 1 entries */
    Py_ssize_t count, capacity;
} WordKeys;

static void free_word_keys(WordKeys *words)
{
    PyMem_Free(words->keys);
    PyMem_Free(words->starts);
}

/* Room for `more` keys after the first `used`, doubling the array as it fills. */
static int reserve_keys(WordKeys *words, Py_ssize_t used, Py_ssize_t more)
{
    if (used + more <= words->capacity)
        return 0;
    Py_ssize_t capacity = 2 * (used + more);
    Py_ssize_t *keys = PyMem_Realloc(words->keys, (size_t)capacity * sizeof(Py_ssize_t));
    if (keys == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    words->keys = keys;
    words->capacity = capacity;
    return 0;
}

/* Appends word w's keys (a sequence of ints, NONE for none) after the first `used`; returns
 * how many have weight (kept), or -1 on error. */
static Py_ssize_t read_word(WordKeys *words, PyObject *word, Py_ssize_t w, Py_ssize_t used)
{
    char name[48];
    PyOS_snprintf(name, sizeof(name), "words[%zd]", w);
    PyObject *tuple = as_tuple(word, name);
    if (tuple == NULL)
        return -1;
    Py_ssize_t size = PyTuple_GET_SIZE(tuple), kept = 0;
    int failed = reserve_keys(words, used, size) < 0 ||
                 copy_ints(tuple, name, NONE_KEY, PY_SSIZE_T_MAX, words->keys + used) < 0;
    Py_DECREF(tuple);
    if (failed)
        return -1;
    Py_ssize_t *keys = words->keys + used;
    for (Py_ssize_t k = 0; k < size; k++)
        if (keys[k] != NONE_KEY)
            keys[kept++] = keys[k];
    return kept;
}

/* Reads every word's keys (Python code may run here: before any buffer is checked). */
static int read_word_keys(PyObject *obj, WordKeys *words)
{
    PyObject *tuple = PySequence_Tuple(obj);
    if (tuple == NULL) {
        if (PyErr_ExceptionMatches(PyExc_TypeError))
            PyErr_SetString(PyExc_TypeError, "words must be a sequence of key sequences");
        return -1;
    }
    words->count = PyTuple_GET_SIZE(tuple);
    words->starts = PyMem_Malloc((size_t)(words->count + 1) * sizeof(Py_ssize_t));
    Py_ssize_t used = 0, kept = words->starts == NULL ? -1 : 0;
    if (words->starts == NULL)
        PyErr_NoMemory();
    for (Py_ssize_t w = 0; kept >= 0 && w < words->count; w++) {
        words->starts[w] = used;
        kept = read_word(words, PyTuple_GET_ITEM(tuple, w), w, used);
        used += kept;
    }
    Py_DECREF(tuple);
    if (kept < 0)
        return -1;
    words->starts[words->count] = used;
    return reserve_keys(words, used, 1); /* a key array even without keys */
}

/* Is every key a row of positions, and is each of its positions a row of weights? */
static int check_keys(const WordKeys *words, const Py_buffer *positions, Py_ssize_t rows)
{
    Py_ssize_t slots = positions->shape[1];
    const Py_ssize_t *where = positions->buf;
    for (Py_ssize_t w = 0; w < words->count; w++) {
        for (Py_ssize_t k = words->starts[w]; k < words->starts[w + 1]; k++) {
            Py_ssize_t key = words->keys[k];
            if (key >= positions->shape[0]) {
                PyErr_Format(PyExc_ValueError, "words[%zd] has key %zd, outside [-1, %zd)", w,
                             key, positions->shape[0]);
                return -1;
            }
            if (check_range(where + key * slots, slots, rows, "positions") < 0)
                return -1;
        }
    }
    return 0;
}

/* One column of the words' blocks: the weight of key k is
 * weights[positions[k * slots + slot] * labels + label]. */
typedef struct {
    const double *weights;
    const Py_ssize_t *positions;
    Py_ssize_t slots, labels, slot, label;
} Column;

static inline double weight_of(const Column *column, Py_ssize_t key)
{
    Py_ssize_t row = column->positions[key * column->slots + column->slot];
    return column->weights[row * column->labels + column->label];
}

/* The sum of the weights of n keys as numpy's add reduction makes it (its pairwise sum, see
 * numpy's loops_utils.h): one after the other below 8, eight running sums up to 128 (then
 * combined in pairs, then the rest added), and above that the two halves summed apart. */
static double pairwise_sum(const Column *column, const Py_ssize_t *keys, Py_ssize_t n)
{
    if (n < 8) {
        double sum = -0.0; /* as numpy: -0.0 + x is x for every x, zeros' signs included */
        for (Py_ssize_t i = 0; i < n; i++)
            sum += weight_of(column, keys[i]);
        return sum;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; j++)
            r[j] = weight_of(column, keys[j]);
        Py_ssize_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; j++)
                r[j] += weight_of(column, keys[i + j]);
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++)
            sum += weight_of(column, keys[i]);
        return sum;
    }
    Py_ssize_t half = n / 2;
    half -= half % 8;
    return pairwise_sum(column, keys, half) + pairwise_sum(column, keys + half, n - half);
}

static inline const double *row_of(const Column *column, Py_ssize_t key)
{
    return column->weights + column->positions[key * column->slots + column->slot] * column->labels;
}

static inline void add_row(double *sums, const double *row, Py_ssize_t labels)
{
    for (Py_ssize_t l = 0; l < labels; l++)
        sums[l] += row[l];
}

/* pairwise_sum for every label of the column's slot at once, for n <= 128 (one level): the
 * same additions per label, but whole rows at a time. acc holds 8 * labels doubles. */
static void pairwise_rows(const Column *column, const Py_ssize_t *keys, Py_ssize_t n,
                          double *sums, double *acc)
{
    Py_ssize_t labels = column->labels, i = 0;
    if (n < 8) {
        for (Py_ssize_t l = 0; l < labels; l++)
            sums[l] = -0.0;
    } else {
        for (int j = 0; j < 8; j++)
            memcpy(acc + j * labels, row_of(column, keys[j]), (size_t)labels * sizeof(double));
        for (i = 8; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; j++)
                add_row(acc + j * labels, row_of(column, keys[i + j]), labels);
        const double *r = acc;
        for (Py_ssize_t l = 0; l < labels; l++, r++)
            sums[l] = ((r[0] + r[labels]) + (r[2 * labels] + r[3 * labels])) +
                      ((r[4 * labels] + r[5 * labels]) + (r[6 * labels] + r[7 * labels]));
    }
    for (; i < n; i++)
        add_row(sums, row_of(column, keys[i]), labels);
}

/* One block row (a word seen from one slot) of a word with rest + 1 weighted keys: the first
 * key's weights plus the pairwise sum of the others', as numpy's add.reduceat. */
static void block_row(Column *column, const Py_ssize_t *first, Py_ssize_t rest, double *out,
                      double *scratch)
{
    Py_ssize_t labels = column->labels;
    const double *head = row_of(column, *first);
    if (rest <= 128) {
        pairwise_rows(column, first + 1, rest, scratch, scratch + labels);
        for (Py_ssize_t l = 0; l < labels; l++)
            out[l] = head[l] + scratch[l];
        return;
    }
    for (column->label = 0; column->label < labels; column->label++) /* rare: many keys */
        out[column->label] = head[column->label] + pairwise_sum(column, first + 1, rest);
}

/* out[w, slot]: word w's block row at each slot (zero for a word without weighted keys), the
 * sums WordScorer.blocks gets from numpy's add.reduceat. scratch: 9 * labels doubles. */
static void sum_blocks(double *out, const Column *model, const WordKeys *words,
                       double *scratch)
{
    Column column = *model;
    Py_ssize_t labels = column.labels;
    for (Py_ssize_t w = 0; w < words->count; w++) {
        const Py_ssize_t *first = words->keys + words->starts[w];
        Py_ssize_t rest = words->starts[w + 1] - words->starts[w] - 1;
        for (column.slot = 0; column.slot < column.slots; column.slot++, out += labels) {
            if (rest < 0)
                memset(out, 0, (size_t)labels * sizeof(double));
            else
                block_row(&column, first, rest, out, scratch);
        }
    }
}

/* out (words, slots, labels), weights (rows, labels), positions (keys, slots) agree? */
static int check_blocks(const Py_buffer *out, const Py_buffer *weights,
                        const Py_buffer *positions, Py_ssize_t count)
{
    if (out->shape[0] != count || out->shape[1] != positions->shape[1] ||
        out->shape[2] != weights->shape[1]) {
        PyErr_Format(PyExc_ValueError,
                     "out must be (%zd words, %zd slots, %zd labels), not (%zd, %zd, %zd)", count,
                     positions->shape[1], weights->shape[1], out->shape[0], out->shape[1],
                     out->shape[2]);
        return -1;
    }
    return 0;
}

PyDoc_STRVAR(word_blocks_doc,
"word_blocks(out, weights, positions, words) -> None\n\n"
"Fills out (words, slots, labels) float64 with each word's block: for each slot, the sum of\n"
"weights[positions[key, slot]] (weights: (rows, labels) float64; positions: (keys, slots)\n"
"intp) over the word's keys (a sequence of int keys, -1 for none), added in their order, as\n"
"WordScorer.blocks does.");

static PyObject *word_blocks(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    WordKeys words = {NULL, NULL, 0, 0};
    Views views = {.held = 0};
    Py_buffer *out, *weights, *positions;
    PyObject *result = NULL;
    double *scratch = NULL;
    if (check_args("word_blocks", nargs, 4) < 0 || read_word_keys(args[3], &words) < 0 ||
        !(out = add_floats(&views, args[0], 3, 1, "out")) ||
        !(weights = add_floats(&views, args[1], 2, 0, "weights")) ||
        !(positions = add_indexes(&views, args[2], 2, "positions")))
        goto done;
    if (check_blocks(out, weights, positions, words.count) < 0 ||
        check_keys(&words, positions, weights->shape[0]) < 0)
        goto done;
    scratch = PyMem_Malloc((size_t)(9 * weights->shape[1] + 1) * sizeof(double));
    if (scratch == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Column model = {weights->buf, positions->buf, positions->shape[1], weights->shape[1], 0, 0};
    Py_BEGIN_ALLOW_THREADS
    sum_blocks(out->buf, &model, &words, scratch);
    Py_END_ALLOW_THREADS
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(scratch);
    free_word_keys(&words);
    release_views(&views);
    return result;
}

/* ---- Module ------------------------------------------------------------------------------- */

/* New words' feature keys (keys_kernel.c, linked into this module: the same optional build,
 * the same switch in siyaq.native). */
extern const char siyaq_word_keys_doc[];
PyObject *siyaq_word_keys(PyObject *module, PyObject *const *args, Py_ssize_t nargs);

static PyMethodDef kernel_methods[] = {
    {"viterbi", (PyCFunction)(void (*)(void))viterbi, METH_FASTCALL, viterbi_doc},
    {"neighbour_sums", (PyCFunction)(void (*)(void))neighbour_sums, METH_FASTCALL,
     neighbour_sums_doc},
    {"add_gazetteer", (PyCFunction)(void (*)(void))add_gazetteer, METH_FASTCALL,
     add_gazetteer_doc},
    {"word_blocks", (PyCFunction)(void (*)(void))word_blocks, METH_FASTCALL, word_blocks_doc},
    {"word_keys", (PyCFunction)(void (*)(void))siyaq_word_keys, METH_FASTCALL,
     siyaq_word_keys_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef kernel_module = {
    PyModuleDef_HEAD_INIT, "_crf_kernel",
    "The CRF decoder's hot loops in C (see siyaq.native and siyaq.analyze.ner_decode).", 0,
    kernel_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__crf_kernel(void) { return PyModuleDef_Init(&kernel_module); }
