// Small ImGui helpers shared by panels: encyclopedia links, labels with ids, coloured text.
#pragma once
#include <string>

#include <imgui.h>

#include "theme.h"
#include "ui_state.h"

namespace keystone::client {

// "Visible text##id": translated label with a stable ImGui id that does not change with language.
std::string label_id(const std::string& text, const char* id);

// Text drawn as a link: hover shows the encyclopedia entry's opening, click opens it.
// Returns true when clicked.
bool encyclopedia_link(UiState& ui, const std::string& text, const std::string& entry_id);
// Tooltip for the last item with the entry's title and first sentences (if the entry exists).
void encyclopedia_tooltip(const UiState& ui, const std::string& entry_id);

void text_coloured(const ImVec4& colour, const std::string& text);
void text_dim(const std::string& text);
void text_wrapped(const std::string& text);
// Dim text that wraps at the window's edge (explanations that may be long in any language).
void text_dim_wrapped(const std::string& text);
// Coloured text that wraps (a title whose length depends on the language and the content).
void text_coloured_wrapped(const ImVec4& colour, const std::string& text);
// A file or folder path in dim text; when it is wider than the space left, its start is elided
// ("...end/of/path") and hovering shows the whole path. Paths have no spaces to wrap at.
void text_dim_path(const std::string& path);
// After a button that writes a file: on the same line, the outcome in the good or bad colour and,
// when the file was written, its path (elided from its start when long). Nothing when both are "".
void written_file_note(const std::string& outcome, const std::string& path, bool failed);
// SameLine when an item of this width still fits on the line, else start a new line.
void same_line_if_fits(float width, float spacing);
// The width a button or radio button with this label takes (text up to any "##"), for
// same_line_if_fits: a label's length depends on the language.
float button_width(const std::string& label);
// The screen's main action: the accent colour, dark text.
bool primary_button(const std::string& label, ImVec2 size);
float radio_button_width(const std::string& label);
// A section title in the accent colour.
void section_title(const std::string& text);
// The focus (full-window) toggle at the right of a panel's first line.
void focus_button(UiState& ui, PanelId panel);

// Draws a node marker; shape carries meaning so colour is never the only cue.
void draw_node_marker(ImDrawList* draw_list, ImVec2 centre, float radius, const NodeStyle& style,
                      ImU32 outline);

// Tooltip with wrapped text, shown if the last item is hovered (also when disabled).
void hover_tooltip(const std::string& text);

}  // namespace keystone::client
