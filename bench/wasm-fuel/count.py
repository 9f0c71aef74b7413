"""Counts the wasm instructions (wasmtime fuel) of one analysis of each file, by phase.

usage: python3 count.py WASM FILE...   (scripts/wasm-fuel.sh builds WASM and calls this)
"""
import sys

import wasmtime


def main(wasm, files):
    config = wasmtime.Config()
    config.consume_fuel = True
    engine = wasmtime.Engine(config)
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, wasm)
    # The plancheck crate also holds its wasm-bindgen boundary, whose imports these exports
    # never reach: each is satisfied by a function that fails if it is called.
    imports = []
    for imp in module.imports:
        if not isinstance(imp.type, wasmtime.FuncType):
            sys.exit(f"unexpected import {imp.module}.{imp.name}")

        def refuse(*_args, name=imp.name):
            raise RuntimeError(f"import {name} called")

        imports.append(wasmtime.Func(store, imp.type, refuse))
    exports = wasmtime.Instance(store, module, imports).exports(store)
    store.set_fuel(10**15)
    phases = ["detect", "read", "model", "checks", "analyze"]
    print(f"{'file':<28}{'chars':>9}" + "".join(f"{p:>12}" for p in phases) + f"{'per char':>10}")
    for path in files:
        data = open(path, "rb").read()
        at = exports["alloc"](store, len(data))
        exports["memory"].write(store, data, at)
        fuel = {}
        for phase in phases:
            # The second call is counted: the first also pays for growing memory.
            for _ in range(2):
                before = store.get_fuel()
                exports[phase](store, at, len(data))
                fuel[phase] = before - store.get_fuel()
        chars = len(data.decode("utf-8"))
        name = path.rsplit("/", 1)[-1][:26]
        print(f"{name:<28}{chars:>9,}" + "".join(f"{fuel[p]:>12,}" for p in phases) + f"{fuel['analyze'] / max(chars, 1):>10.0f}")
    print("each column includes the phases before it; `analyze` also builds and drops the Report")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
