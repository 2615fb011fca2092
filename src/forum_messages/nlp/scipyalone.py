"""scipy's compiled modules loaded from their files, without importing their packages.

Importing a scipy subpackage (``scipy.cluster``, ``scipy.sparse``) imports much of scipy with
it (its array-API layer touches every lazy submodule of numpy): a tenth of a second or more
of CPU at every start, where the pipeline needs one or two functions of a compiled module
that imports nothing but numpy. Those functions, called from the module loaded alone, are
the same compiled code and give the same arrays.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType


@cache
def load_alone(name: str) -> ModuleType | None:
    """scipy's compiled module ``name`` (``scipy.cluster._hierarchy``), loaded from its file
    without its package; the module already imported, if it is; None when it cannot be
    loaded on its own (another scipy layout), and the caller then uses scipy's public API."""
    found = sys.modules.get(name)
    if found is not None:
        return found
    package, _, stem = name.rpartition(".")
    top, _, sub = package.partition(".")
    if top != "scipy":
        return None
    try:
        import scipy

        folder = (
            Path(scipy.__path__[0]).joinpath(*sub.split(".")) if sub else Path(scipy.__path__[0])
        )
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = folder / f"{stem}{suffix}"
            if path.is_file():
                break
        else:
            return None
        loader = importlib.machinery.ExtensionFileLoader(name, str(path))
        spec = importlib.util.spec_from_file_location(name, path, loader=loader)
        if spec is None:
            return None
        module = importlib.util.module_from_spec(spec)
        loader.exec_module(module)
    except (ImportError, OSError):
        return None
    # the same module object for scipy's own package, should anything import it later
    sys.modules[name] = module
    return module
