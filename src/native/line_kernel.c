/* siyaq._line_kernel: the per-character work of cleaning a text dump, in C.
 *
 * split_lines(text, make) does what siyaq.extract.lines.split_lines does in Python: delete the
 * invisible marks, turn NBSPs into spaces, split at "\n", strip each line (Unicode whitespace,
 * as str.strip), fold it (siyaq.extract.stamps.fold), key it (its re \w+ runs joined by one
 * space) and count its words (str.split) and its letters by script (str.isalpha, Arabic, Latin
 * and other, as lines.ARABIC_SCRIPT and lines.LATIN_SCRIPT).
 * fold(text) is siyaq.extract.stamps.fold.
 *
 * Exactness comes first. Whitespace and word characters use the same CPython predicates as
 * str.strip/str.split (Py_UNICODE_ISSPACE) and re's \w (Py_UNICODE_ISALNUM or "_"). Lowercasing
 * is done here only for ASCII and for ranges where str.lower() is the identity; a line holding
 * any other character is lowered by str.lower() itself. A text holding a lone surrogate makes
 * split_lines answer None: the Python path then raises exactly what it always raised (UTF-8
 * cannot encode it). Every function is pure: no state outside the call.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* ---- character classes (see siyaq.extract.stamps and siyaq.extract.lines) ---- */

/* Direction marks, zero-width joiners and isolates (stamps.INVISIBLE_MARKS). */
static inline int
is_invisible_mark(Py_UCS4 c)
{
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069);
}

/* What split_lines deletes before anything else: the marks and the byte-order mark. */
static inline int
is_deleted_in_lines(Py_UCS4 c)
{
    return c == 0xFEFF || is_invisible_mark(c);
}

/* Harakat, tatweel and superscript alef: fold deletes them (marks are gone already). */
static inline int
is_diacritic(Py_UCS4 c)
{
    return (c >= 0x064B && c <= 0x0652) || c == 0x0640 || c == 0x0670;
}

/* stamps._FOLD_PAIRS: alef/ya/ta-marbuta/waw forms and Arabic-Indic digits. */
static inline Py_UCS4
fold_char(Py_UCS4 c)
{
    if (c < 0x0622 || c > 0x06F9)
        return c;
    switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: return 0x0627;
    case 0x0649: return 0x064A;
    case 0x0629: return 0x0647;
    case 0x0624: return 0x0648;
    default: break;
    }
    if (c >= 0x0660 && c <= 0x0669)
        return '0' + (c - 0x0660);
    if (c >= 0x06F0)
        return '0' + (c - 0x06F0);
    return c;
}

/* Characters str.lower() leaves alone whatever surrounds them (tests check every one of them
 * against str.lower): Latin-1 symbols, Arabic script, punctuation, symbols and emoji blocks. */
static inline int
lower_is_identity(Py_UCS4 c)
{
    if (c < 0x00C0)
        return c >= 0x0080;
    if (c < 0x0600)
        return c == 0x00D7 || c == 0x00F7;
    if (c <= 0x08FF)
        return 1;
    if (c >= 0x2000 && c <= 0x206F)
        return 1;
    if (c >= 0x20A0 && c <= 0x20CF)
        return 1;
    if (c >= 0x2190 && c <= 0x23FF)
        return 1;
    if (c >= 0x2500 && c <= 0x27BF)
        return 1;
    if (c >= 0x3000 && c <= 0x303F)
        return 1;
    if (c >= 0xFB50 && c <= 0xFDFF)
        return 1;
    if (c >= 0xFE70 && c <= 0xFEFF)
        return 1;
    return c >= 0x1F300 && c <= 0x1FAFF;
}

/* Arabic letters (hamza to ya, tatweel included): alphabetic, so \w and never whitespace. */
static inline int
is_arabic_letter(Py_UCS4 c)
{
    return c >= 0x0621 && c <= 0x064A;
}

/* str.strip/str.split whitespace (and re's \s): CPython's own test, skipped for letters. */
static inline int
is_space(Py_UCS4 c)
{
    return !is_arabic_letter(c) && Py_UNICODE_ISSPACE(c);
}

/* re's \w on str patterns: CPython's isalnum or "_", with ASCII and Arabic letters first. */
static inline int
is_word_char(Py_UCS4 c)
{
    if (c < 0x80)
        return Py_ISALNUM(c) || c == '_';
    return is_arabic_letter(c) || Py_UNICODE_ISALNUM(c);
}

static inline int
is_surrogate(Py_UCS4 c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

static inline int
is_ascii_letter(Py_UCS4 c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The script blocks of lines.ARABIC_SCRIPT and lines.LATIN_SCRIPT (keep the two in step). */
static inline int
in_arabic_script(Py_UCS4 c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x0870 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF);
}

static inline int
in_latin_script(Py_UCS4 c)
{
    return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* Count a non-ASCII character as a letter of its script when str.isalpha() accepts it (an
 * Arabic-script one also when it is a digit: str.isalnum()). */
static inline void
count_letter(Py_UCS4 c, Py_ssize_t *arabic, Py_ssize_t *latin, Py_ssize_t *other)
{
    if (in_arabic_script(c)) {
        *arabic += Py_UNICODE_ISALNUM(c);
        return;
    }
    if (!Py_UNICODE_ISALPHA(c))
        return;
    if (in_latin_script(c))
        (*latin)++;
    else
        (*other)++;
}

/* ---- scratch buffers, owned by one call ---- */

typedef struct {
    Py_UCS4 *clean; /* the stripped line, marks deleted, NBSP as space */
    Py_UCS4 *folded;
    Py_UCS4 *key;
    Py_ssize_t capacity; /* characters in each buffer */
} Scratch;

static void
scratch_free(Scratch *s)
{
    PyMem_Free(s->clean);
    s->clean = s->folded = s->key = NULL;
    s->capacity = 0;
}

/* Room for ``need`` characters in each buffer (one allocation). */
static int
scratch_reserve(Scratch *s, Py_ssize_t need)
{
    if (need <= s->capacity)
        return 0;
    if (need > PY_SSIZE_T_MAX / (3 * (Py_ssize_t)sizeof(Py_UCS4))) {
        PyErr_SetString(PyExc_OverflowError, "line too long for the line kernel");
        return -1;
    }
    Py_ssize_t capacity = need < 256 ? 256 : need;
    Py_UCS4 *block = PyMem_Malloc(3 * (size_t)capacity * sizeof(Py_UCS4));
    if (block == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(s->clean);
    s->clean = block;
    s->folded = block + capacity;
    s->key = block + 2 * capacity;
    s->capacity = capacity;
    return 0;
}

/* ---- folding ---- */

/* One character of fold(): map it, then lowercase ASCII. Returns 0 for a character fold
 * deletes (diacritics, and the invisible marks when ``marks``); *other_case is set when the
 * character may change under str.lower() (the caller then lowers the result with str.lower). */
static inline int
fold_one(Py_UCS4 *c, int marks, int *other_case)
{
    Py_UCS4 f = fold_char(*c);
    if (is_diacritic(f) || (marks && is_invisible_mark(f)))
        return 0;
    if (f < 0x80) {
        if (f >= 'A' && f <= 'Z')
            f += 'a' - 'A';
    }
    else if (!lower_is_identity(f)) {
        *other_case = 1;
    }
    *c = f;
    return 1;
}

/* Fold ``n`` characters of ``src`` into ``dst`` (which may be ``src``); returns the length. */
static Py_ssize_t
fold_into(Py_UCS4 *dst, const Py_UCS4 *src, Py_ssize_t n, int marks, int *other_case)
{
    Py_ssize_t out = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = src[i];
        if (fold_one(&c, marks, other_case))
            dst[out++] = c;
    }
    return out;
}

/* A str from UCS4 characters, lowered by str.lower() when ``other_case``. */
static PyObject *
folded_str(const Py_UCS4 *chars, Py_ssize_t n, int other_case)
{
    PyObject *plain = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, chars, n);
    if (plain == NULL || !other_case)
        return plain;
    PyObject *lowered = PyObject_CallMethod(plain, "lower", NULL);
    Py_DECREF(plain);
    return lowered;
}

/* ---- one line ---- */

/* Facts counted on the stripped clean line. */
typedef struct {
    Py_ssize_t length;  /* characters */
    Py_ssize_t folded;  /* characters of its fold, in s->folded, not yet stripped */
    Py_ssize_t words;   /* len(line.split()) */
    Py_ssize_t arabic;  /* Arabic-script letters and digits */
    Py_ssize_t latin;   /* Latin-script letters, ASCII included */
    Py_ssize_t other;   /* letters of other scripts */
    int changed;        /* a mark was deleted or an NBSP replaced */
    int other_case;     /* the fold needs str.lower() */
    int surrogate;
} LineFacts;

/* Copy text[start:end] (already stripped) into s->clean without marks, NBSP as space, and its
 * fold into s->folded, counting as it goes. */
static void
clean_line(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Scratch *s,
           LineFacts *facts)
{
    int in_word = 0;
    memset(facts, 0, sizeof(*facts));
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        /* Most characters take a short way. An Arabic letter (tatweel aside, which fold
         * deletes) is a word character whose fold has no case. */
        if (is_arabic_letter(c) && c != 0x0640) {
            facts->words += !in_word;
            in_word = 1;
            facts->arabic++;
            s->clean[facts->length++] = c;
            s->folded[facts->folded++] = fold_char(c);
            continue;
        }
        if (c < 0x80) { /* ASCII: one byte, never deleted, lowered here */
            if (Py_UNICODE_ISSPACE(c)) { /* str's table: \x1c-\x1f are spaces too */
                in_word = 0;
            }
            else {
                facts->words += !in_word;
                in_word = 1;
            }
            facts->latin += is_ascii_letter(c);
            s->clean[facts->length++] = c;
            s->folded[facts->folded++] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
            continue;
        }
        if (is_deleted_in_lines(c)) {
            facts->changed = 1;
            continue;
        }
        if (c == 0x00A0) {
            c = ' ';
            facts->changed = 1;
        }
        if (is_space(c)) {
            in_word = 0;
        }
        else if (!in_word) {
            in_word = 1;
            facts->words++;
        }
        if (c >= 0x80) /* an NBSP turned into a space above is ASCII now */
            count_letter(c, &facts->arabic, &facts->latin, &facts->other);
        facts->surrogate |= is_surrogate(c);
        s->clean[facts->length++] = c;
        if (fold_one(&c, 0, &facts->other_case))
            s->folded[facts->folded++] = c;
    }
}

/* The key of a folded line: its \w runs joined by one space. Returns the length. */
static Py_ssize_t
key_into(Py_UCS4 *dst, int kind, const void *data, Py_ssize_t n)
{
    Py_ssize_t out = 0;
    int in_word = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_word_char(c)) {
            if (!in_word && out > 0)
                dst[out++] = ' ';
            in_word = 1;
            dst[out++] = c;
        }
        else {
            in_word = 0;
        }
    }
    return out;
}

/* The key str of ``folded`` (whose characters are ``chars``, kind ``kind``); ``folded`` itself
 * when they are equal (a line of words and single spaces). */
static PyObject *
key_str(PyObject *folded, int kind, const void *chars, Py_ssize_t n, Scratch *s)
{
    if (scratch_reserve(s, n) < 0)
        return NULL;
    Py_ssize_t length = key_into(s->key, kind, chars, n);
    int same = length == n;
    for (Py_ssize_t i = 0; same && i < n; i++)
        same = s->key[i] == PyUnicode_READ(kind, chars, i);
    if (same) {
        Py_INCREF(folded);
        return folded;
    }
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s->key, length);
}

/* Strip whitespace and the marks deleted before stripping from both ends of
 * text[*start:*end]. */
static void
strip_range(int kind, const void *data, Py_ssize_t *start, Py_ssize_t *end)
{
    while (*start < *end) {
        Py_UCS4 c = PyUnicode_READ(kind, data, *start);
        if (!is_space(c) && !is_deleted_in_lines(c))
            break;
        (*start)++;
    }
    while (*end > *start) {
        Py_UCS4 c = PyUnicode_READ(kind, data, *end - 1);
        if (!is_space(c) && !is_deleted_in_lines(c))
            break;
        (*end)--;
    }
}

static void
strip_ucs4(const Py_UCS4 *chars, Py_ssize_t *start, Py_ssize_t *end)
{
    while (*start < *end && is_space(chars[*start]))
        (*start)++;
    while (*end > *start && is_space(chars[*end - 1]))
        (*end)--;
}

/* The line's key: the folded line for running text (as lines.split_lines keys it), else its
 * word runs, read from the fold buffer unless str.lower() changed the fold. */
static PyObject *
line_key(PyObject *folded, const Py_UCS4 *chars, Py_ssize_t n, const LineFacts *facts,
         Scratch *s)
{
    if (facts->words > 40) {
        Py_INCREF(folded);
        return folded;
    }
    if (!facts->other_case) /* n fits the scratch already: key_str cannot move ``chars`` */
        return key_str(folded, PyUnicode_4BYTE_KIND, chars, n, s);
    return key_str(folded, PyUnicode_KIND(folded), PyUnicode_DATA(folded),
                   PyUnicode_GET_LENGTH(folded), s);
}

/* make(index, text, folded, key, words, arabic, latin, other, blank_before) for one stripped
 * line; a new reference, or NULL with an exception set. */
static PyObject *
make_line(PyObject *make, PyObject *text, Py_ssize_t start, Py_ssize_t end, Scratch *s,
          const LineFacts *facts, Py_ssize_t index, int blank)
{
    PyObject *line_text = NULL, *folded = NULL, *key = NULL, *result = NULL;
    PyObject *numbers[5] = {NULL, NULL, NULL, NULL, NULL};

    line_text = facts->changed
        ? PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, s->clean, facts->length)
        : PyUnicode_Substring(text, start, end);
    if (line_text == NULL)
        goto done;
    Py_ssize_t fold_start = 0, fold_end = facts->folded;
    strip_ucs4(s->folded, &fold_start, &fold_end); /* a deleted mark may have ended it */
    const Py_UCS4 *fold_chars = s->folded + fold_start;
    folded = folded_str(fold_chars, fold_end - fold_start, facts->other_case);
    if (folded == NULL)
        goto done;
    key = line_key(folded, fold_chars, fold_end - fold_start, facts, s);
    if (key == NULL)
        goto done;
    numbers[0] = PyLong_FromSsize_t(index);
    numbers[1] = PyLong_FromSsize_t(facts->words);
    numbers[2] = PyLong_FromSsize_t(facts->arabic);
    numbers[3] = PyLong_FromSsize_t(facts->latin);
    numbers[4] = PyLong_FromSsize_t(facts->other);
    for (int i = 0; i < 5; i++) {
        if (numbers[i] == NULL)
            goto done;
    }
    PyObject *args[9] = {
        numbers[0], line_text, folded, key, numbers[1], numbers[2], numbers[3], numbers[4],
        blank ? Py_True : Py_False,
    };
    result = PyObject_Vectorcall(make, args, 9, NULL);
done:
    Py_XDECREF(line_text);
    Py_XDECREF(folded);
    Py_XDECREF(key);
    for (int i = 0; i < 5; i++)
        Py_XDECREF(numbers[i]);
    return result;
}

/* ---- module functions ---- */

static PyObject *
split_lines(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_Format(PyExc_TypeError, "split_lines() takes 2 arguments (text, make), got %zd",
                     nargs);
        return NULL;
    }
    PyObject *text = args[0], *make = args[1];
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "split_lines() text must be str, not %.100s",
                     Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (!PyCallable_Check(make)) {
        PyErr_Format(PyExc_TypeError, "split_lines() make must be callable, not %.100s",
                     Py_TYPE(make)->tp_name);
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *lines = PyList_New(0);
    if (lines == NULL)
        return NULL;
    Scratch scratch = {NULL, NULL, NULL, 0};
    int blank = 0;
    for (Py_ssize_t start = 0; start <= n;) {
        Py_ssize_t end = PyUnicode_FindChar(text, '\n', start, n, 1);
        if (end == -2)
            goto fail;
        if (end == -1)
            end = n;
        Py_ssize_t next = end + 1;
        strip_range(kind, data, &start, &end);
        if (start == end) {
            blank = 1;
            start = next;
            continue;
        }
        LineFacts facts;
        if (scratch_reserve(&scratch, end - start) < 0)
            goto fail;
        clean_line(kind, data, start, end, &scratch, &facts);
        if (facts.surrogate) { /* the Python path raises UnicodeEncodeError here */
            Py_DECREF(lines);
            scratch_free(&scratch);
            Py_RETURN_NONE;
        }
        PyObject *line = make_line(make, text, start, end, &scratch, &facts,
                                   PyList_GET_SIZE(lines), blank);
        if (line == NULL)
            goto fail;
        int appended = PyList_Append(lines, line);
        Py_DECREF(line);
        if (appended < 0)
            goto fail;
        blank = 0;
        start = next;
    }
    scratch_free(&scratch);
    return lines;
fail:
    scratch_free(&scratch);
    Py_DECREF(lines);
    return NULL;
}

static PyObject *
fold(PyObject *Py_UNUSED(module), PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "fold() argument must be str, not %.100s",
                     Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (PyUnicode_READY(text) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Py_UCS4 *chars = PyUnicode_AsUCS4Copy(text); /* folded in place: it only shrinks */
    if (chars == NULL)
        return NULL;
    int other_case = 0;
    Py_ssize_t length = fold_into(chars, chars, n, 1, &other_case);
    PyObject *result = folded_str(chars, length, other_case);
    PyMem_Free(chars);
    return result;
}

static PyMethodDef kernel_methods[] = {
    {"split_lines", (PyCFunction)(void (*)(void))split_lines, METH_FASTCALL,
     "split_lines(text, make, /)\n--\n\n"
     "make(index, text, folded, key, words, arabic, latin, other, blank_before) for every\n"
     "non-empty line, as siyaq.extract.lines.split_lines computes them; None when the text holds a lone\n"
     "surrogate (the Python path decides)."},
    {"fold", fold, METH_O,
     "fold(text, /)\n--\n\nsiyaq.extract.stamps.fold(text)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef kernel_module = {
    PyModuleDef_HEAD_INIT, "_line_kernel",
    "Per-character work of the text-dump cleaner (see siyaq.native).", 0, kernel_methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__line_kernel(void)
{
    return PyModule_Create(&kernel_module);
}
