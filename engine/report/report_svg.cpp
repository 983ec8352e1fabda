// Inline SVG charts for the report (see report_svg.h).
#include "report/report_svg.h"

#include <algorithm>
#include <cstdio>

namespace keystone::report {

namespace {
constexpr double kWidth = 680, kLeft = 150, kRight = 20;   // plot spans kLeft..kWidth-kRight

double x_of(const TimeAxis& axis, double tick) {
    const double span = std::max(1, axis.last_tick - axis.first_tick);
    return kLeft + (kWidth - kLeft - kRight) * (tick - axis.first_tick) / span;
}

std::string px(double v) { return format_number(v, "%.1f"); }

std::string open_svg(double height, const std::string& label) {
    return "<svg class=\"chart\" viewBox=\"0 0 " + px(kWidth) + " " + px(height) + "\" width=\"" + px(kWidth) +
           "\" height=\"" + px(height) + "\" role=\"img\" aria-label=\"" + html_escape(label) + "\">\n";
}

std::string x_labels(const TimeAxis& axis, double y) {
    std::string out;
    for (const auto& [tick, label] : axis.ticks)
        out += "<text x=\"" + px(x_of(axis, tick)) + "\" y=\"" + px(y) + "\" class=\"axis\" text-anchor=\"middle\">" + html_escape(label) + "</text>\n";
    return out;
}

const char* stage_colour(const std::string& stage) {
    if (stage == "flocking") return "#d9d9d9";
    if (stage == "agglomeration") return "#9ecae1";
    if (stage == "cluster") return "#4292c6";
    if (stage == "coi") return "#08519c";
    if (stage == "decline") return "#d6604d";
    return "#fdae6b";   // renewal
}
const std::string& shown(const Span& s) { return s.shown.empty() ? s.label : s.shown; }

// About how wide a label is at the band's 11px: 7px a Latin character, 11px a Chinese one.
double label_width(const std::string& text) {
    double width = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) width += 7.0;
        else if (c >= 0xE0) width += 11.0;   // the lead byte of a three- or four-byte character (CJK)
        else if (c >= 0xC0) width += 7.0;    // a two-byte character (accented Latin)
    }
    return width;
}

// One labelled band of stage spans whose top is at y (26 high); whole-number rows print as integers.
std::string band_row(const TimeAxis& axis, const std::string& label, const std::vector<Span>& stages, double y) {
    std::string out = "<text x=\"4\" y=\"" + format_number(y + 16, "%g") + "\" class=\"label\">" + html_escape(label) + "</text>\n";
    for (const Span& s : stages) {
        const double x0 = x_of(axis, s.first - 1), x1 = x_of(axis, s.last);
        out += "<rect x=\"" + px(x0) + "\" y=\"" + format_number(y, "%g") + "\" width=\"" + px(std::max(0.5, x1 - x0)) + "\" height=\"26\" fill=\"" + stage_colour(s.label) +
               "\"><title>" + html_escape(shown(s)) + "</title></rect>\n";
        if (x1 - x0 > 8.0 + label_width(shown(s)))
            out += "<text x=\"" + px(x0 + 4) + "\" y=\"" + format_number(y + 18, "%g") + "\" class=\"band\"" + (s.label == "coi" || s.label == "cluster" ? " fill=\"#fff\"" : "") + ">" +
                   html_escape(shown(s)) + "</text>\n";
    }
    return out;
}
}  // namespace

std::string html_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string format_number(double value, const char* format) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

std::string stage_band_svg(const TimeAxis& axis, const std::vector<Span>& stages, const std::string& name, const std::string& row) {
    return open_svg(60, name) + band_row(axis, row, stages, 8) + x_labels(axis, 52) + "</svg>\n";
}

std::string stage_bands_svg(const TimeAxis& axis, const std::vector<std::string>& labels, const std::vector<std::vector<Span>>& stages,
                            const std::string& name) {
    const double row_h = 34, height = 8 + row_h * double(labels.size()) + 18;
    std::string out = open_svg(height, name);
    for (size_t r = 0; r < labels.size() && r < stages.size(); ++r) out += band_row(axis, labels[r], stages[r], 8 + row_h * double(r));
    return out + x_labels(axis, height - 8) + "</svg>\n";
}

std::string condition_grid_svg(const TimeAxis& axis, const std::vector<std::string>& rows, const std::vector<std::vector<Span>>& held,
                               const std::string& name) {
    const double row_h = 14, height = 20 + row_h * double(rows.size()) + 16;
    std::string out = open_svg(height, name);
    for (size_t r = 0; r < rows.size(); ++r) {
        const double y = 10 + row_h * double(r);
        out += "<text x=\"4\" y=\"" + px(y + 10) + "\" class=\"small\">" + html_escape(rows[r]) + "</text>\n";
        out += "<rect x=\"" + px(kLeft) + "\" y=\"" + px(y + 2) + "\" width=\"" + px(kWidth - kLeft - kRight) + "\" height=\"" + px(row_h - 4) +
               "\" fill=\"#f2f2f2\"/>\n";
        for (const Span& s : held[r]) {
            const double x0 = x_of(axis, s.first - 1), x1 = x_of(axis, s.last);
            out += "<rect x=\"" + px(x0) + "\" y=\"" + px(y + 2) + "\" width=\"" + px(std::max(0.5, x1 - x0)) + "\" height=\"" + px(row_h - 4) +
                   "\" fill=\"#41ab5d\"/>\n";
        }
    }
    return out + x_labels(axis, height - 4) + "</svg>\n";
}

namespace {
// The line chart behind line_chart_svg and lines_chart_svg; a legend only for several lines, so
// a single game's chart keeps its bytes.
std::string chart_svg(const TimeAxis& axis, const std::string& title, const std::vector<Series>& lines, const std::vector<Marker>& anchors,
                      const std::vector<Marker>& decisions, double floor_of_max = 1e-9) {
    // Under the year labels, a thin strip per line: the stage its game was in each month, in the
    // stage timeline's colours, so every curve reads against the stage it was in.
    constexpr double kStrip = 7, kStripGap = 3;
    const double strips = double(std::count_if(lines.begin(), lines.end(), [](const Series& l) { return !l.stages.empty(); }));
    const double height = 190 + strips * (kStrip + kStripGap), top = 24, bottom = 160;
    double max_value = floor_of_max;
    for (const Series& line : lines)
        for (const auto& [tick, v] : line.points) max_value = std::max(max_value, v);
    for (const Marker& a : anchors) max_value = std::max(max_value, a.value);
    max_value *= 1.1;
    auto y_of = [&](double v) { return bottom - (bottom - top) * v / max_value; };
    std::string out = open_svg(height, title);
    out += "<text x=\"4\" y=\"16\" class=\"title\">" + html_escape(title) + "</text>\n";
    if (lines.size() > 1)
        for (size_t i = 0; i < lines.size(); ++i) {
            const double x = kLeft + 150.0 * double(i);
            out += "<line x1=\"" + px(x) + "\" x2=\"" + px(x + 24) + "\" y1=\"12\" y2=\"12\" class=\"series" + (i ? " second" : "") + "\"/>\n";
            out += "<text x=\"" + px(x + 28) + "\" y=\"16\" class=\"small\">" + html_escape(lines[i].label) + "</text>\n";
        }
    for (double f : {0.0, 0.5, 1.0}) {
        const double y = y_of(max_value * f / 1.1);
        out += "<line x1=\"" + px(kLeft) + "\" x2=\"" + px(kWidth - kRight) + "\" y1=\"" + px(y) + "\" y2=\"" + px(y) + "\" class=\"grid\"/>\n";
        out += "<text x=\"" + px(kLeft - 6) + "\" y=\"" + px(y + 4) + "\" class=\"axis\" text-anchor=\"end\">" +
               format_number(max_value * f / 1.1, max_value >= 110 ? "%.0f" : "%.3g") + "</text>\n";
    }
    for (size_t i = 0; i < decisions.size(); ++i) {
        const Marker& d = decisions[i];
        const double x = x_of(axis, d.tick), label_y = top + 8 + 9 * double(i % 4);   // staggered, so close markers stay readable
        out += "<line x1=\"" + px(x) + "\" x2=\"" + px(x) + "\" y1=\"" + px(top) + "\" y2=\"" + px(bottom) + "\" class=\"decision\"/>\n";
        out += "<text x=\"" + px(x + 2) + "\" y=\"" + px(label_y) + "\" class=\"small\">" + html_escape(d.label) + "</text>\n";
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string points;
        for (const auto& [tick, v] : lines[i].points) points += (points.empty() ? "" : " ") + px(x_of(axis, tick)) + "," + px(y_of(v));
        out += "<polyline points=\"" + points + "\" class=\"series" + (i ? " second" : "") + "\"/>\n";
    }
    for (const Marker& a : anchors) {
        const double x = x_of(axis, a.tick), y = y_of(a.value);
        out += "<circle cx=\"" + px(x) + "\" cy=\"" + px(y) + "\" r=\"4\" class=\"anchor\"/>\n";
        out += "<text x=\"" + px(x - 6) + "\" y=\"" + px(y - 7) + "\" class=\"small\" text-anchor=\"end\">" + html_escape(a.label) + "</text>\n";
    }
    out += x_labels(axis, 178);
    double strip_y = 186;
    for (const Series& line : lines) {
        if (line.stages.empty()) continue;
        for (const Span& span : line.stages) {
            const double x0 = x_of(axis, span.first - 1), x1 = x_of(axis, span.last);   // as band_row
            out += "<rect x=\"" + px(x0) + "\" y=\"" + px(strip_y) + "\" width=\"" + px(std::max(0.5, x1 - x0)) + "\" height=\"" + px(kStrip) +
                   "\" fill=\"" + stage_colour(span.label) + "\"><title>" + html_escape(shown(span)) + "</title></rect>\n";
        }
        if (lines.size() > 1)
            out += "<text x=\"" + px(kLeft - 6) + "\" y=\"" + px(strip_y + kStrip) + "\" class=\"axis\" text-anchor=\"end\">" + html_escape(line.label) + "</text>\n";
        strip_y += kStrip + kStripGap;
    }
    return out + "</svg>\n";
}
}  // namespace

std::string line_chart_svg(const TimeAxis& axis, const std::string& title, const std::vector<std::pair<int, double>>& series,
                           const std::vector<Marker>& anchors, const std::vector<Marker>& decisions, const std::vector<Span>& stages) {
    return chart_svg(axis, title, {{"", series, stages}}, anchors, decisions);
}

std::string lines_chart_svg(const TimeAxis& axis, const std::string& title, const std::vector<Series>& lines, double y_max) {
    return chart_svg(axis, title, lines, {}, {}, std::max(1e-9, y_max));
}

}  // namespace keystone::report
