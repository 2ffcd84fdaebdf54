/* siyaq._token_kernel: the entity tagger's word split, in C.
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
 * text (tests compare them over every code point and random texts). Pure: no state.
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

/* Appends the token text[start:end] and its shifted offsets; -1 on error. */
static int
add_token(PyObject *text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t offset, PyObject *words,
          PyObject *starts, PyObject *ends)
{
    PyObject *word = PyUnicode_Substring(text, start, end);
    PyObject *first = PyLong_FromSsize_t(start + offset);
    PyObject *last = PyLong_FromSsize_t(end + offset);
    int failed = word == NULL || first == NULL || last == NULL || PyList_Append(words, word) < 0
                 || PyList_Append(starts, first) < 0 || PyList_Append(ends, last) < 0;
    Py_XDECREF(word);
    Py_XDECREF(first);
    Py_XDECREF(last);
    return failed ? -1 : 0;
}

static int
scan(PyObject *text, Py_ssize_t offset, PyObject *words, PyObject *starts, PyObject *ends)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    Py_ssize_t i = 0;
    while (i < size) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        Py_ssize_t end = i + 1;
        if (begins_word(c)) {
            while (end < size && continues_word(PyUnicode_READ(kind, data, end)))
                end++;
        }
        else if (is_gap(c)) { /* not a word character (begins_word): a gap or one token */
            i = end;
            continue;
        }
        if (add_token(text, i, end, offset, words, starts, ends) < 0)
            return -1;
        i = end;
    }
    return 0;
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
    PyObject *words = PyList_New(0), *starts = PyList_New(0), *ends = PyList_New(0);
    if (words == NULL || starts == NULL || ends == NULL
        || scan(args[0], offset, words, starts, ends) < 0) {
        Py_XDECREF(words);
        Py_XDECREF(starts);
        Py_XDECREF(ends);
        return NULL;
    }
    return Py_BuildValue("(NNN)", words, starts, ends);
}

static PyMethodDef kernel_methods[] = {
    {"split_tokens", (PyCFunction)(void (*)(void))split_tokens, METH_FASTCALL, split_tokens_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef kernel_module = {
    PyModuleDef_HEAD_INIT, "_token_kernel",
    "The entity tagger's word split in C (see siyaq.native and siyaq.analyze.ner_text).", 0,
    kernel_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__token_kernel(void) { return PyModuleDef_Init(&kernel_module); }
