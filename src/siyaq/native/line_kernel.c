/* siyaq._line_kernel: placeholder module, filled by the kernel's own change. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static struct PyModuleDef kernel_module = {
    PyModuleDef_HEAD_INIT, "_line_kernel", "C kernel (see siyaq.native).", -1, NULL,
};

PyMODINIT_FUNC PyInit__line_kernel(void) { return PyModule_Create(&kernel_module); }
