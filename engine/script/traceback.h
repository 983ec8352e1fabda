// Script error messages kept short enough to read: a traceback of a runaway recursion repeats
// one frame hundreds of times, which says nothing more than the first and floods logs and UI.
#pragma once
#include <cstddef>
#include <string>

namespace keystone {

constexpr size_t kMaxScriptMessageBytes = 800;

// Collapses runs of identical lines into one line and a "(repeated N more times)" note, then
// caps the text at kMaxScriptMessageBytes, cutting at a line break when it can.
std::string collapse_traceback(const std::string& text);

}  // namespace keystone
