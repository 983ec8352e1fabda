// The debrief report page (see report_html.h). Each section reads run.json and the CSV only; the
// scenario adds its name, teaching note and reference figures when the scripts are at hand.
#include "report/report_html.h"

#include <algorithm>
#include <functional>
#include <map>

#include "report/report_svg.h"

namespace keystone::report {

const char* const kReportSections[6] = {"summary", "timeline", "indicators", "decisions", "events", "discussion"};

namespace {

const char* const kStyle = R"(<style>
body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; color: #222; max-width: 760px; margin: 1em auto; }
h1 { font-size: 18pt; margin-bottom: 0.2em; } h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.4em; }
table { border-collapse: collapse; font-size: 9pt; margin: 0.5em 0; } td, th { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
figure { margin: 0.6em 0; } figcaption { font-size: 9pt; color: #555; }
svg.chart text { font-family: "DejaVu Sans", sans-serif; } .axis, .small { font-size: 9px; fill: #444; } .label, .band { font-size: 11px; }
.title { font-size: 12px; font-weight: bold; } .grid { stroke: #ddd; stroke-width: 1; } .series { fill: none; stroke: #08519c; stroke-width: 1.6; }
.decision { stroke: #e6550d; stroke-width: 1; stroke-dasharray: 3 2; } .anchor { fill: #fff; stroke: #a50f15; stroke-width: 2; }
@page { size: A4; margin: 14mm; }
@media print { body { max-width: none; margin: 0; font-size: 10pt; } figure, svg, tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; } section#indicators, section#decisions, section#events { break-before: page; page-break-before: always; } }
</style>
)";

int tick_column(const CsvTable& csv) { return csv.column("tick"); }

TimeAxis make_axis(const CsvTable& csv) {
    TimeAxis axis;
    const int tick = tick_column(csv), date = csv.column("date");
    axis.first_tick = int(csv.number(0, tick)) - 1;
    axis.last_tick = int(csv.number(csv.rows.size() - 1, tick));
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const std::string& d = csv.text(r, date);
        if (d.size() == 7 && d.substr(5) == "01" && std::stoi(d.substr(0, 4)) % 5 == 0) axis.ticks.push_back({int(csv.number(r, tick)), d.substr(0, 4)});
    }
    return axis;
}

// Runs of consecutive rows with the same non-empty label.
std::vector<Span> spans(const CsvTable& csv, const std::function<std::string(size_t)>& label) {
    std::vector<Span> out;
    const int tick = tick_column(csv);
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const std::string l = label(r);
        const int t = int(csv.number(r, tick));
        if (!l.empty() && !out.empty() && out.back().label == l && out.back().last == t - 1) out.back().last = t;
        else if (!l.empty()) out.push_back({t, t, l});
    }
    return out;
}

// A CSV column as (month, value) points.
std::vector<std::pair<int, double>> series_of(const CsvTable& csv, const std::string& metric) {
    std::vector<std::pair<int, double>> series;
    const int col = csv.column(metric);
    for (size_t r = 0; r < csv.rows.size(); ++r) series.push_back({int(csv.number(r, tick_column(csv))), csv.number(r, col)});
    return series;
}

std::string date_of(const CsvTable& csv, int tick) {
    for (size_t r = 0; r < csv.rows.size(); ++r)
        if (int(csv.number(r, tick_column(csv))) == tick) return csv.text(r, csv.column("date"));
    return "month " + std::to_string(tick);
}

// The last row of a calendar year, or -1 when the game did not cover it.
int row_of_year(const CsvTable& csv, int year) {
    int found = -1;
    for (size_t r = 0; r < csv.rows.size(); ++r)
        if (csv.text(r, csv.column("date")).rfind(std::to_string(year) + "-", 0) == 0) found = int(r);
    return found;
}

std::string figure(const std::string& svg, const std::string& caption) {
    return "<figure>\n" + svg + "<figcaption>" + html_escape(caption) + "</figcaption>\n</figure>\n";
}

std::string text_of(const nlohmann::json& j, const char* key, const std::string& fallback = "?") {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : fallback;
}

std::string summary_section(const ReportInput& in) {
    const auto& run = in.run;
    const std::string name = in.scenario ? in.scenario->name : text_of(run, "scenario");
    std::string path;
    for (const auto& s : run["stages"])
        if (s.contains("from")) path += (path.empty() ? "" : ", ") + text_of(s, "stage") + " in " + text_of(s, "date");
    std::string p = html_escape(name) + " (scenario <code>" + html_escape(text_of(run, "scenario")) + "</code>), seed " + html_escape(run["seed"].dump()) +
                    ", played for " + html_escape(run.value("ticks", nlohmann::json(0)).dump()) + " months to " + html_escape(text_of(run, "end_date")) + ". ";
    if (run.contains("strategy") && run["strategy"].is_object())
        p += "The operator followed the <b>" + html_escape(text_of(run["strategy"], "operator")) + "</b> strategy and the government the <b>" +
             html_escape(text_of(run["strategy"], "government")) + "</b> strategy. ";
    p += "The park " + (path.empty() ? std::string("never changed stage") : "changed stage: " + html_escape(path)) + "; it ended as <b>" +
         html_escape(text_of(run["final"], "stage")) + "</b>. ";
    if (run.contains("score") && run["score"].contains("total"))
        p += "Score for the " + html_escape(text_of(run["score"], "role", "operator")) + ": <b>" + format_number(run["score"]["total"].get<double>(), "%.1f") +
             "</b> (long term " + format_number(run["score"].value("long_term", 0.0), "%.1f") + ", short term " +
             format_number(run["score"].value("short_term", 0.0), "%.1f") + ").";
    return "<p>" + p + "</p>\n";
}

std::vector<Span> stage_spans(const CsvTable& csv) {
    const int stage = csv.column("stage");
    return spans(csv, [&](size_t r) { return csv.text(r, stage); });
}

std::string timeline_section(const ReportInput& in, const TimeAxis& axis) {
    const CsvTable& csv = in.csv;
    std::string out = figure(stage_band_svg(axis, stage_spans(csv)), "Stage each month.");
    std::vector<std::string> rows;
    std::vector<std::vector<Span>> held;
    for (size_t c = 0; c < csv.header.size(); ++c) {
        const std::string& h = csv.header[c];
        if (h.find('.') == std::string::npos) continue;
        rows.push_back(h);
        held.push_back(spans(csv, [&](size_t r) { return csv.text(r, int(c)) == "1" ? std::string("holds") : std::string(); }));
    }
    out += figure(condition_grid_svg(axis, rows, held),
                  "Stage conditions (transition.measure): green where the condition held that month. A stage changes when all of its "
                  "conditions held for the months the parameters ask.");
    return out;
}

std::string indicators_section(const ReportInput& in, const TimeAxis& axis) {
    const CsvTable& csv = in.csv;
    std::string charts, table;
    for (const char* metric : {"enterprises", "multinationals", "research_institutes", "investment_funds"}) {
        const int col = csv.column(metric);
        const std::vector<std::pair<int, double>> series = series_of(csv, metric);
        std::vector<Marker> anchors;
        if (in.scenario)
            for (const auto& point : in.scenario->calibration)
                for (const auto& [figure_metric, value] : point.figures) {
                    if (figure_metric != metric) continue;
                    const int row = row_of_year(csv, point.year);
                    const std::string park = row < 0 ? "not reached" : format_number(csv.number(size_t(row), col), "%.0f");
                    table += "<tr><td>" + std::to_string(point.year) + "</td><td>" + metric + "</td><td>" + format_number(value, "%.0f") + "</td><td>" + park +
                             "</td><td>" + html_escape(point.note) + "</td></tr>\n";
                    if (row >= 0) anchors.push_back({csv.number(size_t(row), tick_column(csv)), value, std::to_string(point.year) + ": " + format_number(value, "%.0f")});
                }
        charts += figure(line_chart_svg(axis, metric, series, anchors, {}, stage_spans(csv)),
                         std::string(metric) + " each month; circles: the case's reference figures; the strip below: the stage.");
    }
    std::string out = charts;
    if (!table.empty())
        out += "<table><tr><th>year</th><th>indicator</th><th>the case</th><th>this park</th><th>source note</th></tr>\n" + table + "</table>\n";
    else
        out += "<p>This scenario has no reference figures from a real case.</p>\n";
    return out;
}

// What the trace says a decision's source fed: one line per flipped condition that named it.
std::string effects_of(const nlohmann::json& stages, const std::string& source) {
    std::string out;
    for (const auto& s : stages) {
        if (!s.contains("trace")) continue;
        for (const auto& f : s["trace"])
            for (const auto& c : f["causes"])
                if (c.value("source", "") == source)
                    out += "<li>before the change to " + html_escape(text_of(s, "stage")) + " (" + html_escape(text_of(s, "date")) + "): " +
                           html_escape(text_of(f, "metric")) + (f.value("holds", false) ? " began to hold" : " stopped holding") + " in month " +
                           f["flip_tick"].dump() + "; this source added " + format_number(c.value("mean_delta", 0.0), "%+.3g") + " to " +
                           html_escape(text_of(c, "lever")) + " for " + c["months"].dump() + " months</li>\n";
    }
    return out.empty() ? "none in the trace" : "<ul>" + out + "</ul>";
}

std::string decisions_section(const ReportInput& in, const TimeAxis& axis) {
    const CsvTable& csv = in.csv;
    std::vector<Marker> markers;
    std::string table;
    std::map<std::string, bool> seen;   // a source's effects are listed at its first decision only
    int number = 0;
    for (const auto& c : in.run["commands"]) {
        const std::string type = text_of(c, "type");
        if (type == "answer_event") continue;
        const int month = c.value("tick", 0) + 1;
        markers.push_back({double(month), 0.0, std::to_string(++number)});
        const std::string role = text_of(c, "role");
        const std::string what = type == "set_lever" ? "set a dial" : type + " " + text_of(c, "policy", "");
        const std::string source = type == "set_lever" ? "dial:" + role : "policy:" + text_of(c, "policy", "");
        std::string effects = "see above";
        if (type == "repeal_policy") effects = "";
        else if (!seen[source]) effects = effects_of(in.run["stages"], source);
        seen[source] = true;
        table += "<tr><td>" + std::to_string(number) + "</td><td>" + html_escape(date_of(csv, month)) + "</td><td>" + html_escape(role) + "</td><td>" +
                 html_escape(what) + "</td><td>" + html_escape(text_of(c, "source", "")) + "</td><td>" + effects + "</td></tr>\n";
    }
    std::string out = figure(line_chart_svg(axis, "enterprises, with decisions", series_of(csv, "enterprises"), {}, markers, stage_spans(csv)),
                             "Dashed lines: the numbered decisions below, in the month they took effect; the strip below: the stage.");
    out += "<p>Effects come from the causal trace: for each stage change, the conditions that flipped since the previous change, the "
           "levers that feed their measures (the model's lever registry) and what each decision added to those levers. It says what the "
           "model summed, not how much each addend moved the measure.</p>\n";
    out += "<table><tr><th>#</th><th>month</th><th>role</th><th>decision</th><th>by</th><th>in the trace</th></tr>\n" + table + "</table>\n";
    return out;
}

std::string events_section(const ReportInput& in) {
    if (!in.run.contains("events")) return "<p>This run.json has no events list (written before the report existed).</p>\n";
    if (in.run["events"].empty()) return "<p>No event was raised in this game.</p>\n";
    std::string table = "<table><tr><th>month</th><th>what happened</th></tr>\n";
    for (const auto& e : in.run["events"])
        table += "<tr><td>" + html_escape(date_of(in.csv, e.value("tick", 0) + 1)) + "</td><td>" + html_escape(text_of(e, "text")) + "</td></tr>\n";
    return "<p>Each event as the game's log records it: when it was raised, then the answer chosen and who chose it.</p>\n" + table + "</table>\n";
}

std::string discussion_section(const ReportInput& in) {
    if (!in.scenario || in.scenario->teaching_note.empty()) return "<p>This scenario has no teaching note.</p>\n";
    std::string list, sentence;
    const std::string& note = in.scenario->teaching_note;
    for (size_t i = 0; i < note.size(); ++i) {
        sentence += note[i];
        if ((note[i] == '.' || note[i] == '?') && (i + 1 == note.size() || note[i + 1] == ' ')) {
            list += "<li>" + html_escape(sentence) + "</li>\n";
            sentence.clear();
            if (i + 1 < note.size()) ++i;
        }
    }
    if (!sentence.empty()) list += "<li>" + html_escape(sentence) + "</li>\n";
    return "<p>From the scenario's teaching note, one point at a time:</p>\n<ol>\n" + list + "</ol>\n";
}

// The whole page: head with the style, a title, then one <section id> per section.
std::string page(const std::string& title, const std::string& heading, const std::string& extra_style, const char* const* ids,
                 const std::string* titles, const std::string* bodies, int count) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) + "</title>\n" + kStyle +
                       extra_style + "</head>\n<body>\n";
    html += "<h1>" + html_escape(heading) + "</h1>\n";
    for (int i = 0; i < count; ++i)
        html += "<section id=\"" + std::string(ids[i]) + "\">\n<h2>" + titles[i] + "</h2>\n" + bodies[i] + "</section>\n";
    return html + "</body>\n</html>\n";
}

std::string scenario_name(const ReportInput& in) { return in.scenario ? in.scenario->name : text_of(in.run, "scenario"); }

// ---- What-if pair -----------------------------------------------------------------------------
const char* const kPairStyle = R"(<style>
.series.second { stroke: #e6550d; stroke-dasharray: 5 3; } td.number { text-align: right; }
@media print { section#indicators, section#differences { break-before: page; page-break-before: always; } }
</style>
)";

// Both runs' months on one axis: from the earlier first month to the later last month, year
// labels from the longer run.
TimeAxis pair_axis(const CsvTable& a, const CsvTable& b) {
    const TimeAxis axis_a = make_axis(a), axis_b = make_axis(b);
    TimeAxis axis = axis_a.last_tick - axis_a.first_tick >= axis_b.last_tick - axis_b.first_tick ? axis_a : axis_b;
    axis.first_tick = std::min(axis_a.first_tick, axis_b.first_tick);
    axis.last_tick = std::max(axis_a.last_tick, axis_b.last_tick);
    return axis;
}

// The first month a run reached a stage, or -1.
int first_month_in(const CsvTable& csv, const std::string& stage) {
    const int col = csv.column("stage");
    for (size_t r = 0; r < csv.rows.size(); ++r)
        if (csv.text(r, col) == stage) return int(csv.number(r, tick_column(csv)));
    return -1;
}

std::string pair_summary(const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    return "<p>Two games of " + html_escape(scenario_name(a)) + " side by side: <b>" + html_escape(labels[0]) + "</b> (solid lines) and <b>" +
           html_escape(labels[1]) + "</b> (dashed lines).</p>\n<h3>" + html_escape(labels[0]) + "</h3>\n" + summary_section(a) + "<h3>" +
           html_escape(labels[1]) + "</h3>\n" + summary_section(b);
}

std::string pair_indicators(const ReportInput& a, const ReportInput& b, const std::string (&labels)[2], const TimeAxis& axis) {
    std::string out;
    for (const char* metric : {"enterprises", "multinationals", "research_institutes", "investment_funds"})
        out += figure(lines_chart_svg(axis, metric, {{labels[0], series_of(a.csv, metric), stage_spans(a.csv)},
                                                     {labels[1], series_of(b.csv, metric), stage_spans(b.csv)}}),
                      std::string(metric) + " each month in both games; the strips below: each game's stage.");
    return out;
}

std::string pair_differences(const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    std::string stages;
    for (const char* stage : {"agglomeration", "cluster", "coi", "decline", "renewal"}) {
        const int month_a = first_month_in(a.csv, stage), month_b = first_month_in(b.csv, stage);
        if (month_a < 0 && month_b < 0) continue;
        const std::string gap = month_a >= 0 && month_b >= 0 ? format_number(month_b - month_a, "%+.0f") + " months" : "reached in one game only";
        stages += "<tr><td>" + std::string(stage) + "</td><td>" + (month_a >= 0 ? html_escape(date_of(a.csv, month_a)) : "not reached") + "</td><td>" +
                  (month_b >= 0 ? html_escape(date_of(b.csv, month_b)) : "not reached") + "</td><td>" + gap + "</td></tr>\n";
    }
    // Indicators in the last month both games played, so a branch that stopped early compares fairly.
    const int last = std::min(int(a.csv.number(a.csv.rows.size() - 1, tick_column(a.csv))), int(b.csv.number(b.csv.rows.size() - 1, tick_column(b.csv))));
    auto row_of_month = [last](const CsvTable& csv) {
        for (size_t r = 0; r < csv.rows.size(); ++r)
            if (int(csv.number(r, tick_column(csv))) == last) return r;
        return csv.rows.size() - 1;
    };
    const size_t row_a = row_of_month(a.csv), row_b = row_of_month(b.csv);
    std::string indicators;
    for (const char* metric : {"enterprises", "multinationals", "research_institutes", "investment_funds", "transformation_rate",
                               "external_tie_share", "centralization", "trust", "innovation_culture"}) {
        if (a.csv.column(metric) < 0 || b.csv.column(metric) < 0) continue;
        const double value_a = a.csv.number(row_a, a.csv.column(metric)), value_b = b.csv.number(row_b, b.csv.column(metric));
        indicators += "<tr><td>" + std::string(metric) + "</td><td class=\"number\">" + format_number(value_a, "%.4g") + "</td><td class=\"number\">" +
                      format_number(value_b, "%.4g") + "</td><td class=\"number\">" + format_number(value_b - value_a, "%+.4g") + "</td></tr>\n";
    }
    const std::string head = "<tr><th></th><th>" + html_escape(labels[0]) + "</th><th>" + html_escape(labels[1]) + "</th><th>";
    std::string out = "<p>The first month each game reached each stage (difference: the second game minus the first).</p>\n";
    out += stages.empty() ? "<p>Neither game changed stage.</p>\n" : "<table>" + head + "difference</th></tr>\n" + stages + "</table>\n";
    out += "<p>Key indicators in " + html_escape(date_of(a.csv, last)) + ", the last month both games played.</p>\n";
    out += "<table>" + head + "second minus first</th></tr>\n" + indicators + "</table>\n";
    if (a.run.contains("score") && b.run.contains("score") && a.run["score"].contains("total") && b.run["score"].contains("total"))
        out += "<p>Score: " + format_number(a.run["score"]["total"].get<double>(), "%.1f") + " for the " + html_escape(text_of(a.run["score"], "role", "operator")) +
               " in the first game, " + format_number(b.run["score"]["total"].get<double>(), "%.1f") + " for the " +
               html_escape(text_of(b.run["score"], "role", "operator")) + " in the second (each game scores the role its strategy played).</p>\n";
    return out;
}

// Each decision as one line of text, so the two games' lists can be compared.
std::vector<std::string> decision_lines(const ReportInput& in) {
    std::vector<std::string> lines;
    for (const auto& c : in.run["commands"]) {
        const std::string type = text_of(c, "type");
        const std::string what = type == "answer_event" ? "answered an event: " + text_of(c, "choice", "")
                                 : type == "set_lever"  ? "set a dial"
                                                        : type + " " + text_of(c, "policy", "");
        lines.push_back(date_of(in.csv, c.value("tick", 0) + 1) + "|" + text_of(c, "role") + "|" + what + "|" + text_of(c, "source", ""));
    }
    return lines;
}

std::string pair_decisions(const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    const std::vector<std::string> lines_a = decision_lines(a), lines_b = decision_lines(b);
    std::string rows;
    auto add_only = [&rows](const std::vector<std::string>& mine, const std::vector<std::string>& theirs, const std::string& label) {
        for (const std::string& line : mine) {
            if (std::find(theirs.begin(), theirs.end(), line) != theirs.end()) continue;
            std::string cells = "<tr><td>" + html_escape(label) + "</td>";
            size_t start = 0;
            for (size_t bar = line.find('|'); ; bar = line.find('|', start)) {
                cells += "<td>" + html_escape(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start)) + "</td>";
                if (bar == std::string::npos) break;
                start = bar + 1;
            }
            rows += cells + "</tr>\n";
        }
    };
    add_only(lines_a, lines_b, labels[0]);
    add_only(lines_b, lines_a, labels[1]);
    const size_t shared = lines_a.size() - std::count_if(lines_a.begin(), lines_a.end(), [&](const std::string& l) {
                              return std::find(lines_b.begin(), lines_b.end(), l) == lines_b.end();
                          });
    std::string out = "<p>" + std::to_string(shared) + " decisions (same month, role, decision and decider) were taken in both games. "
                      "The decisions only one game took:</p>\n";
    if (rows.empty()) return out + "<p>None: both games took the same decisions.</p>\n";
    return out + "<table><tr><th>game</th><th>month</th><th>role</th><th>decision</th><th>by</th></tr>\n" + rows + "</table>\n";
}

// ---- Class bundle ------------------------------------------------------------------------------
const char* const kClassStyle = R"(<style>
.multiples { display: flex; flex-wrap: wrap; } .multiples figure { width: 49%; margin: 0.3em 0.5%; } .multiples svg { width: 100%; height: auto; }
td.number { text-align: right; }
@media print { section#teams { break-before: page; page-break-before: always; } }
</style>
)";

double score_of(const ReportInput& in) {
    const nlohmann::json& run = in.run;
    return run.contains("score") && run["score"].is_object() && run["score"].contains("total") && run["score"]["total"].is_number()
               ? run["score"]["total"].get<double>()
               : -1e300;
}

// Team indices best first: by score (teams without one last), ties by label, so the order is
// the same on every machine.
std::vector<size_t> ranking(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels) {
    std::vector<size_t> order(teams.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const double score_a = score_of(teams[a]), score_b = score_of(teams[b]);
        return score_a != score_b ? score_a > score_b : labels[a] < labels[b];
    });
    return order;
}

std::string class_summary(const std::vector<ReportInput>& teams) {
    std::string seeds;
    for (const ReportInput& team : teams) seeds += (seeds.empty() ? "" : ", ") + team.run["seed"].dump();
    return "<p>" + std::to_string(teams.size()) + " teams played " + html_escape(scenario_name(teams[0])) + " (seeds " + html_escape(seeds) +
           "). The table ranks them by score; the charts show every team on the same scale.</p>\n";
}

std::string class_ranking(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels) {
    std::string rows;
    int rank = 0;
    for (size_t t : ranking(teams, labels)) {
        const ReportInput& team = teams[t];
        const CsvTable& csv = team.csv;
        const size_t last = csv.rows.size() - 1;
        auto reached = [&](const char* stage) {
            const int month = first_month_in(csv, stage);
            return month < 0 ? std::string("not reached") : html_escape(date_of(csv, month));
        };
        const std::string strategies = team.run.contains("strategy") && team.run["strategy"].is_object()
                                           ? text_of(team.run["strategy"], "operator") + " / " + text_of(team.run["strategy"], "government")
                                           : "?";
        rows += "<tr><td>" + std::to_string(++rank) + "</td><td>" + html_escape(labels[t]) + "</td><td>" + html_escape(strategies) + "</td><td>" +
                html_escape(csv.text(last, csv.column("stage"))) + "</td><td>" + reached("cluster") + "</td><td>" + reached("coi") +
                "</td><td class=\"number\">" + format_number(csv.number(last, csv.column("enterprises")), "%.0f") + "</td><td class=\"number\">" +
                format_number(csv.number(last, csv.column("transformation_rate")), "%.3f") + "</td><td class=\"number\">" +
                (score_of(team) > -1e299 ? format_number(score_of(team), "%.1f") : std::string("n/a")) + "</td></tr>\n";
    }
    return "<table><tr><th>#</th><th>team</th><th>strategies (operator / government)</th><th>final stage</th><th>cluster</th><th>coi</th>"
           "<th>enterprises</th><th>transformation rate</th><th>score</th></tr>\n" + rows + "</table>\n";
}

std::string class_multiples(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels, const TimeAxis& axis) {
    double highest = 0.0;
    for (const ReportInput& team : teams)
        for (const auto& [tick, value] : series_of(team.csv, "enterprises")) highest = std::max(highest, value);
    std::string out = "<div class=\"multiples\">\n";
    for (size_t t = 0; t < teams.size(); ++t)
        out += figure(lines_chart_svg(axis, labels[t] + ": enterprises", {{labels[t], series_of(teams[t].csv, "enterprises"), stage_spans(teams[t].csv)}}, highest),
                      labels[t] + ", enterprises each month (same scale for every team); the strip below: the stage.");
    return out + "</div>\n";
}

}  // namespace

std::string report_html(const ReportInput& in) {
    const TimeAxis axis = make_axis(in.csv);
    const std::string titles[6] = {"The game in one paragraph", "Stage timeline and conditions", "Key indicators against the case",
                                   "Decisions and their effects", "Events and answers", "Discussion"};
    const std::string bodies[6] = {summary_section(in), timeline_section(in, axis), indicators_section(in, axis),
                                   decisions_section(in, axis), events_section(in), discussion_section(in)};
    return page("Keystone debrief: " + text_of(in.run, "scenario") + ", seed " + in.run["seed"].dump(), "Debrief: " + scenario_name(in), "",
                kReportSections, titles, bodies, 6);
}

const char* const kPairSections[6] = {"summary", "timeline", "indicators", "differences", "decisions", "discussion"};

std::string report_pair_html(const ReportInput& a, const ReportInput& b, const std::string& label_a, const std::string& label_b) {
    const std::string labels[2] = {label_a, label_b};
    const TimeAxis axis = pair_axis(a.csv, b.csv);
    const std::string titles[6] = {"The two games", "Stage timelines", "Key indicators", "Differences", "Decisions that differ", "Discussion"};
    const std::string bodies[6] = {pair_summary(a, b, labels),
                                   figure(stage_bands_svg(axis, {label_a, label_b}, {stage_spans(a.csv), stage_spans(b.csv)}),
                                          "Stage each month, one band per game."),
                                   pair_indicators(a, b, labels, axis),
                                   pair_differences(a, b, labels),
                                   pair_decisions(a, b, labels),
                                   discussion_section(a)};
    return page("Keystone what-if: " + text_of(a.run, "scenario") + ", " + label_a + " and " + label_b, "What if: " + scenario_name(a), kPairStyle,
                kPairSections, titles, bodies, 6);
}

const char* const kClassSections[5] = {"summary", "ranking", "timeline", "teams", "discussion"};

std::string report_class_html(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels) {
    TimeAxis axis = make_axis(teams[0].csv);
    for (const ReportInput& team : teams) {
        const TimeAxis other = pair_axis(teams[0].csv, team.csv);
        axis.first_tick = std::min(axis.first_tick, other.first_tick);
        axis.last_tick = std::max(axis.last_tick, other.last_tick);
        if (other.ticks.size() > axis.ticks.size()) axis.ticks = other.ticks;
    }
    std::vector<std::vector<Span>> bands;
    for (const ReportInput& team : teams) bands.push_back(stage_spans(team.csv));
    const std::string titles[5] = {"The class", "Ranking", "Stage timelines", "Every team on the same chart", "Discussion"};
    const std::string bodies[5] = {class_summary(teams), class_ranking(teams, labels),
                                   figure(stage_bands_svg(axis, labels, bands), "Stage each month, one band per team."),
                                   class_multiples(teams, labels, axis), discussion_section(teams[0])};
    return page("Keystone class: " + text_of(teams[0].run, "scenario") + ", " + std::to_string(teams.size()) + " teams",
                "Class debrief: " + scenario_name(teams[0]), kClassStyle, kClassSections, titles, bodies, 5);
}

}  // namespace keystone::report
