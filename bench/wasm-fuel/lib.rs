//! Exports that run the core's phases on text in linear memory, with no JS around them, so
//! that a wasm runtime with instruction counting (wasmtime's fuel) can measure each phase.
//!
//! | export               | runs                                            |
//! |----------------------|-------------------------------------------------|
//! | `alloc(n)`           | reserves `n` bytes for the text, returns where  |
//! | `detect(p, n)`       | form detection                                  |
//! | `read(p, n)`         | detection and the reader                        |
//! | `model(p, n)`        | … and linking the facts                         |
//! | `checks(p, n)`       | … and the checks                                |
//! | `analyze(p, n)`      | the whole `plancheck::analyze`, Report included |

use plancheck::{checks, input, model::Model, Options};

/// Reserves `n` bytes that the caller fills with UTF-8 text; they are never freed.
#[no_mangle]
pub extern "C" fn alloc(n: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(n);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

fn text<'a>(p: *const u8, n: usize) -> &'a str {
    // SAFETY: the caller wrote `n` bytes of UTF-8 at `p`, which `alloc` reserved.
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, n)) }
}

#[no_mangle]
pub extern "C" fn detect(p: *const u8, n: usize) -> u32 {
    input::detect(text(p, n)) as u32
}

#[no_mangle]
pub extern "C" fn read(p: *const u8, n: usize) -> u32 {
    let t = text(p, n);
    input::read(t, input::detect(t)).facts.len() as u32
}

#[no_mangle]
pub extern "C" fn model(p: *const u8, n: usize) -> u32 {
    let t = text(p, n);
    let mut ex = input::read(t, input::detect(t));
    Model::build(&mut ex).indicators.len() as u32
}

#[no_mangle]
pub extern "C" fn checks(p: *const u8, n: usize) -> u32 {
    let t = text(p, n);
    let mut ex = input::read(t, input::detect(t));
    checks::run(&Model::build(&mut ex)).findings.len() as u32
}

#[no_mangle]
pub extern "C" fn analyze(p: *const u8, n: usize) -> u32 {
    plancheck::analyze(text(p, n), &Options::default()).indicators.len() as u32
}
