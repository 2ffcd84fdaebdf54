/* siyaq._token_kernel: the entity tagger's word split, and the list passes over a text's
 * tokens (siyaq.analyze.ner_lists: positions_in, positions_eq, positions_ne, get_all, take), in C.
 *
 * split_tokens(text, offset) gives what siyaq.analyze.ner_text.token_columns gives for a text
 * without "_": the tokens of the regex
 *     ([\u0620-\u064a\w][\u0620-\u065f\u0670\w]*+|[^ \w\s\u200b-\u200f])
 * (a word: a word character, then word characters or Arabic marks; else any one character that
 * is neither a word character, nor whitespace, nor U+200B..U+200F), with the character offsets
 * where each begins and ends, shifted by offset. The regex split builds a string for every gap
 * and a list of running sums; here only the tokens are made.
 *
 * Exactness comes first: word characters and whitespace use the predicates of re itself (\w is
 * Py_UNICODE_ISALNUM or "_", \s is Py_UNICODE_ISSPACE), so the tokens are the regex's for every
 * text (tests compare them over every code point and random texts). The list passes give the
 * lists of the Python expressions they replace (tests compare both). Pure: no state.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static inline int
is_word(Py_UCS4 c)
{
    /* ASCII (spaces, punctuation, Latin) answered here: Py_UNICODE_ISALNUM asks four
     * database tables for every character, and every word ends at one of these. */
    if (c < 128)
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
               || c == '_';
    return Py_UNICODE_ISALNUM(c);
}

static inline int
begins_word(Py_UCS4 c)
{
    return (c >= 0x0620 && c <= 0x064A) || is_word(c);
}

static inline int
continues_word(Py_UCS4 c)
{
    return (c >= 0x0620 && c <= 0x065F) || c == 0x0670 || is_word(c);
}

/* Between tokens: whitespace and U+200B..U+200F (the zero-width space, joiners, LRM, RLM). */
static inline int
is_gap(Py_UCS4 c)
{
    return c == ' ' || Py_UNICODE_ISSPACE(c) || (c >= 0x200B && c <= 0x200F);
}

/* A token: where it begins and ends in the text, and its largest code point (which fixes the
 * kind of its string). */
typedef struct {
    Py_ssize_t start, end;
    Py_UCS4 max;
} Bounds;

/* The tokens of the text, in order, into a C array the caller frees with PyMem_Free; their
 * count, or -1 on error. The strings and ints are made afterwards into lists of their final
 * size: no list grown item by item, and no second pass over each word for its largest code
 * point (PyUnicode_Substring's), as the scan reads every character anyway. */
static Py_ssize_t
find_tokens(int kind, const void *data, Py_ssize_t size, Bounds **found)
{
    Py_ssize_t count = 0, room = size / 4 + 16; /* news text: a token per 5-6 characters */
    Bounds *tokens = PyMem_New(Bounds, room);
    if (tokens == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < size;) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i), max = c, next;
        Py_ssize_t end = i + 1;
        if (begins_word(c)) {
            while (end < size && continues_word(next = PyUnicode_READ(kind, data, end))) {
                max = next > max ? next : max;
                end++;
            }
        }
        else if (is_gap(c)) { /* not a word character (begins_word): a gap or one token */
            i = end;
            continue;
        }
        if (count == room) {
            Bounds *grown = PyMem_Realloc(tokens, (size_t)(2 * room) * sizeof(Bounds));
            if (grown == NULL) {
                PyMem_Free(tokens);
                PyErr_NoMemory();
                return -1;
            }
            tokens = grown;
            room *= 2;
        }
        tokens[count++] = (Bounds){i, end, max};
        i = end;
    }
    *found = tokens;
    return count;
}

/* text[start:end] as PyUnicode_Substring makes it: the cached string of a single Latin-1
 * character, else a new string of the narrowest kind that holds its largest code point. */
static PyObject *
token_text(int kind, const void *data, Bounds token)
{
    Py_ssize_t length = token.end - token.start;
    if (length == 1)
        return PyUnicode_FromOrdinal(token.max);
    PyObject *word = PyUnicode_New(length, token.max);
    if (word == NULL)
        return NULL;
    int to = PyUnicode_KIND(word);
    void *out = PyUnicode_DATA(word);
    if (to == kind)
        memcpy(out, (const char *)data + token.start * kind, (size_t)(length * kind));
    else /* a narrower word in a wider text (Latin in Arabic, Arabic beside an emoji) */
        for (Py_ssize_t j = 0; j < length; j++)
            PyUnicode_WRITE(to, out, j, PyUnicode_READ(kind, data, token.start + j));
    return word;
}

/* Fills the three lists (of the tokens' count) with the words and shifted offsets; -1 on error.
 * A token that begins where the one before ends (a word and the comma after it) shares that
 * end's int. */
static int
fill_columns(int kind, const void *data, const Bounds *tokens, Py_ssize_t offset,
             PyObject *words, PyObject *starts, PyObject *ends)
{
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(words); k++) {
        PyObject *word = token_text(kind, data, tokens[k]), *first, *last;
        if (word == NULL)
            return -1;
        PyList_SET_ITEM(words, k, word);
        if (k > 0 && tokens[k].start == tokens[k - 1].end) {
            first = PyList_GET_ITEM(ends, k - 1);
            Py_INCREF(first);
        }
        else if ((first = PyLong_FromSsize_t(tokens[k].start + offset)) == NULL)
            return -1;
        PyList_SET_ITEM(starts, k, first);
        if ((last = PyLong_FromSsize_t(tokens[k].end + offset)) == NULL)
            return -1;
        PyList_SET_ITEM(ends, k, last);
    }
    return 0;
}

/* (words, starts, ends) of the text; NULL on error. Slots not filled yet are NULL, which
 * list_dealloc skips. */
static PyObject *
scan(PyObject *text, Py_ssize_t offset)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Bounds *tokens = NULL;
    Py_ssize_t count = find_tokens(kind, data, PyUnicode_GET_LENGTH(text), &tokens);
    if (count < 0)
        return NULL;
    PyObject *words = PyList_New(count), *starts = PyList_New(count), *ends = PyList_New(count);
    if (words == NULL || starts == NULL || ends == NULL
        || fill_columns(kind, data, tokens, offset, words, starts, ends) < 0) {
        PyMem_Free(tokens);
        Py_XDECREF(words);
        Py_XDECREF(starts);
        Py_XDECREF(ends);
        return NULL;
    }
    PyMem_Free(tokens);
    return Py_BuildValue("(NNN)", words, starts, ends);
}

/* The list helpers below do in one C loop what the tagger and the date scan did with
 * list(compress(range(n), map(...))) or list(map(...)): about 350 interpreter instructions an
 * item through the iterator chain (an int made for every index, a call for every test), some
 * 30-60 here. Same results as those expressions for the lists, sets, dicts and strings they
 * are given. */

/* Appends the index i to list; -1 on error. */
static int
append_index(PyObject *list, Py_ssize_t i)
{
    PyObject *at = PyLong_FromSsize_t(i);
    int failed = at == NULL || PyList_Append(list, at) < 0;
    Py_XDECREF(at);
    return failed ? -1 : 0;
}

/* Checks a list argument (an exact or derived list: read by PyList_GET_ITEM). */
static int
is_list(PyObject *items, const char *name)
{
    if (PyList_Check(items))
        return 1;
    PyErr_Format(PyExc_TypeError, "%s takes a list, not %.100s", name, Py_TYPE(items)->tp_name);
    return 0;
}

static int
check_nargs(const char *name, Py_ssize_t nargs, Py_ssize_t wanted)
{
    if (nargs == wanted)
        return 1;
    PyErr_Format(PyExc_TypeError, "%s takes %zd arguments (%zd given)", name, wanted, nargs);
    return 0;
}

/* Indices of the items for which test(item, arg) is 1 (0: skipped, -1: error). The length
 * is read again after every test: a comparison may change the list. */
static PyObject *
positions(PyObject *items, PyObject *arg, int (*test)(PyObject *, PyObject *))
{
    PyObject *found = PyList_New(0);
    if (found == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(items); i++) {
        PyObject *item = PyList_GET_ITEM(items, i);
        Py_INCREF(item);
        int hit = test(item, arg);
        Py_DECREF(item);
        if (hit < 0 || (hit && append_index(found, i) < 0)) {
            Py_DECREF(found);
            return NULL;
        }
    }
    return found;
}

static int
test_in(PyObject *item, PyObject *container)
{
    return PySequence_Contains(container, item);
}

static int
test_eq(PyObject *item, PyObject *value)
{
    return PyObject_RichCompareBool(item, value, Py_EQ);
}

static int
test_ne(PyObject *item, PyObject *value)
{
    return PyObject_RichCompareBool(item, value, Py_NE);
}

PyDoc_STRVAR(positions_in_doc,
"positions_in(items, container) -> list of int\n\n"
"list(compress(range(len(items)), map(container.__contains__, items))) for a list.");

static PyObject *
positions_in(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (!check_nargs("positions_in", nargs, 2) || !is_list(args[0], "positions_in"))
        return NULL;
    return positions(args[0], args[1], test_in);
}

PyDoc_STRVAR(positions_eq_doc,
"positions_eq(items, value) -> list of int\n\n"
"Indices of the items equal to value (identical ones count as equal, as in list.index).");

static PyObject *
positions_eq(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (!check_nargs("positions_eq", nargs, 2) || !is_list(args[0], "positions_eq"))
        return NULL;
    return positions(args[0], args[1], test_eq);
}

PyDoc_STRVAR(positions_ne_doc,
"positions_ne(items, value) -> list of int\n\n"
"Indices of the items not equal to value (identical ones count as equal).");

static PyObject *
positions_ne(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (!check_nargs("positions_ne", nargs, 2) || !is_list(args[0], "positions_ne"))
        return NULL;
    return positions(args[0], args[1], test_ne);
}

PyDoc_STRVAR(get_all_doc,
"get_all(mapping, keys, default) -> list\n\n"
"[mapping.get(key, default) for key in keys] for a dict and a list of keys.");

static PyObject *
get_all(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (!check_nargs("get_all", nargs, 3) || !is_list(args[1], "get_all"))
        return NULL;
    PyObject *mapping = args[0], *keys = args[1], *fallback = args[2];
    if (!PyDict_Check(mapping)) {
        PyErr_Format(PyExc_TypeError, "get_all takes a dict, not %.100s",
                     Py_TYPE(mapping)->tp_name);
        return NULL;
    }
    PyObject *values = PyList_New(0);
    if (values == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(keys); i++) {
        PyObject *key = PyList_GET_ITEM(keys, i);
        Py_INCREF(key);
        PyObject *value = PyDict_GetItemWithError(mapping, key); /* borrowed */
        Py_DECREF(key);
        if (value == NULL && PyErr_Occurred()) {
            Py_DECREF(values);
            return NULL;
        }
        if (PyList_Append(values, value == NULL ? fallback : value) < 0) {
            Py_DECREF(values);
            return NULL;
        }
    }
    return values;
}

PyDoc_STRVAR(take_doc,
"take(items, indices) -> list\n\n"
"[items[i] for i in indices] for a list and a list of ints (negative ones from the end).");

static PyObject *
take(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (!check_nargs("take", nargs, 2) || !is_list(args[0], "take") || !is_list(args[1], "take"))
        return NULL;
    PyObject *items = args[0], *indices = args[1];
    Py_ssize_t count = PyList_GET_SIZE(indices);
    PyObject *taken = PyList_New(count);
    if (taken == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        if (k >= PyList_GET_SIZE(indices)) { /* an __index__ shortened it */
            PyErr_SetString(PyExc_RuntimeError, "take: indices changed size");
            goto fail;
        }
        PyObject *index = PyList_GET_ITEM(indices, k);
        Py_INCREF(index);
        Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
        Py_DECREF(index);
        if (i == -1 && PyErr_Occurred())
            goto fail;
        Py_ssize_t size = PyList_GET_SIZE(items);
        if (i < 0)
            i += size;
        if (i < 0 || i >= size) {
            PyErr_SetString(PyExc_IndexError, "list index out of range");
            goto fail;
        }
        PyObject *item = PyList_GET_ITEM(items, i);
        Py_INCREF(item);
        PyList_SET_ITEM(taken, k, item);
    }
    return taken;
fail:
    /* The slots not filled yet are NULL, which list_dealloc skips. */
    Py_DECREF(taken);
    return NULL;
}

PyDoc_STRVAR(split_tokens_doc,
"split_tokens(text, offset) -> (words, starts, ends)\n\n"
"The tokens of ner_text._PLAIN_SPLIT in text, with their character offsets plus offset.");

static PyObject *
split_tokens(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "split_tokens takes 2 arguments (%zd given)", nargs);
        return NULL;
    }
    if (!PyUnicode_Check(args[0])) {
        PyErr_Format(PyExc_TypeError, "text must be str, not %.100s", Py_TYPE(args[0])->tp_name);
        return NULL;
    }
    if (PyUnicode_READY(args[0]) < 0) /* a legacy string made ready for KIND/DATA (3.11) */
        return NULL;
    Py_ssize_t offset = PyLong_AsSsize_t(args[1]);
    if (offset == -1 && PyErr_Occurred())
        return NULL;
    return scan(args[0], offset);
}

static PyMethodDef kernel_methods[] = {
    {"split_tokens", (PyCFunction)(void (*)(void))split_tokens, METH_FASTCALL, split_tokens_doc},
    {"positions_in", (PyCFunction)(void (*)(void))positions_in, METH_FASTCALL, positions_in_doc},
    {"positions_eq", (PyCFunction)(void (*)(void))positions_eq, METH_FASTCALL, positions_eq_doc},
    {"positions_ne", (PyCFunction)(void (*)(void))positions_ne, METH_FASTCALL, positions_ne_doc},
    {"get_all", (PyCFunction)(void (*)(void))get_all, METH_FASTCALL, get_all_doc},
    {"take", (PyCFunction)(void (*)(void))take, METH_FASTCALL, take_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef kernel_module = {
    PyModuleDef_HEAD_INIT, "_token_kernel",
    "The entity tagger's word split in C (see siyaq.native and siyaq.analyze.ner_text).", 0,
    kernel_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__token_kernel(void) { return PyModuleDef_Init(&kernel_module); }
