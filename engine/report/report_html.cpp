// The debrief report page (see report_html.h). Each section reads run.json and the CSV only; the
// scenario adds its name, teaching note and reference figures when the scripts are at hand. Every
// word goes through a ReportText `t`: English as written here, another language by key.
#include "report/report_html.h"

#include <algorithm>
#include <functional>
#include <map>

#include "report/report_svg.h"
#include "session/log_sentences.h"

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

// The style for the page's language: a Chinese page lists CJK fonts after DejaVu Sans (Latin and
// digits), so a browser finds a glyph for every character (tools/setup.sh installs WenQuanYi).
std::string style_for(const ReportText& t) {
    std::string style = kStyle;
    if (t.is_english()) return style;
    const std::string latin = "\"DejaVu Sans\", sans-serif", both = "\"DejaVu Sans\", \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", sans-serif";
    for (size_t at = style.find(latin); at != std::string::npos; at = style.find(latin, at + both.size())) style.replace(at, latin.size(), both);
    return style;
}

// ---- Names in the report's language (English: the identifiers run.json and the CSV hold) -------
std::string stage_text(const ReportText& t, const std::string& stage) { return t("stage." + stage, stage); }
std::string role_text(const ReportText& t, const std::string& role) { return t("role." + role, role); }
std::string metric_text(const ReportText& t, const std::string& metric) { return t("report.metric." + metric, metric); }
std::string condition_text(const ReportText& t, const std::string& metric) { return t("condition." + metric, metric); }
std::string lever_text(const ReportText& t, const std::string& lever) { return t("lever." + lever, lever); }
std::string policy_text(const ReportText& t, const std::string& policy) { return policy.empty() ? policy : t("policy." + policy + ".name", policy); }
std::string strategy_text(const ReportText& t, const std::string& strategy) { return t("strategy." + strategy + ".name", strategy); }
// Who took a decision: "player", "ai:<strategy>", "team:<n>", "replay".
std::string source_text(const ReportText& t, const std::string& source) {
    if (source == "player") return t("log.source.player", source);
    if (source == "replay") return t("report.source.replay", source);
    if (source.rfind("ai:", 0) == 0) {   // "ai:<id>" from the session, "ai:strategy:<id>" from a strategy script's own commands
        const std::string id = source.rfind("ai:strategy:", 0) == 0 ? source.substr(12) : source.substr(3);
        return t.format("log.source.ai", "ai:{0}", {t("strategy." + id + ".name", source.substr(3))});
    }
    if (source.rfind("team:", 0) == 0) return t.format("report.source.team", "team:{0}", {source.substr(5)});
    return source;
}
// A command as the decisions table names it: "enact_policy rent_subsidy", "set a dial".
std::string command_text(const ReportText& t, const std::string& type, const std::string& policy) {
    if (type == "set_lever") return t("report.decision.set_dial", "set a dial");
    return t.format("report.decision.command", "{0} {1}", {t("report.command." + type, type), policy_text(t, policy)});
}
// Stage spans with their names in the report's language.
std::vector<Span> named(const ReportText& t, std::vector<Span> stages) {
    if (!t.is_english())
        for (Span& span : stages) span.shown = stage_text(t, span.label);
    return stages;
}

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
        else if (!l.empty()) out.push_back({t, t, l, ""});
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

std::string date_of(const ReportText& t, const CsvTable& csv, int tick) {
    for (size_t r = 0; r < csv.rows.size(); ++r)
        if (int(csv.number(r, tick_column(csv))) == tick) return csv.text(r, csv.column("date"));
    return t.format("report.month_number", "month {0}", {std::to_string(tick)});
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

// A table's header row, each cell a word in the report's language.
std::string header_row(const ReportText& t, std::initializer_list<std::pair<const char*, const char*>> cells) {
    std::string row = "<tr>";
    for (const auto& [key, english] : cells) row += "<th>" + (*key ? t(key, english) : std::string(english)) + "</th>";
    return row + "</tr>\n";
}

std::string scenario_name(const ReportText& t, const ReportInput& in) {
    const std::string id = text_of(in.run, "scenario");
    return t("scenario." + id + ".name", in.scenario ? in.scenario->name : id);
}

std::string summary_section(const ReportText& t, const ReportInput& in) {
    const auto& run = in.run;
    std::string path;
    for (const auto& s : run["stages"])
        if (s.contains("from"))
            path += (path.empty() ? "" : t("report.summary.path_separator", ", ")) +
                    t.format("report.summary.path_item", "{0} in {1}", {stage_text(t, text_of(s, "stage")), text_of(s, "date")});
    std::string p = t.format("report.summary.game", "{0} (scenario <code>{1}</code>), seed {2}, played for {3} months to {4}. ",
                             {html_escape(scenario_name(t, in)), html_escape(text_of(run, "scenario")), html_escape(run["seed"].dump()),
                              html_escape(run.value("ticks", nlohmann::json(0)).dump()), html_escape(text_of(run, "end_date"))});
    if (run.contains("strategy") && run["strategy"].is_object())
        p += t.format("report.summary.strategies", "The operator followed the <b>{0}</b> strategy and the government the <b>{1}</b> strategy. ",
                      {html_escape(strategy_text(t, text_of(run["strategy"], "operator"))), html_escape(strategy_text(t, text_of(run["strategy"], "government")))});
    const std::string final_stage = html_escape(stage_text(t, text_of(run["final"], "stage")));
    p += path.empty() ? t.format("report.summary.never_changed", "The park never changed stage; it ended as <b>{0}</b>. ", {final_stage})
                      : t.format("report.summary.changed", "The park changed stage: {0}; it ended as <b>{1}</b>. ", {html_escape(path), final_stage});
    if (run.contains("score") && run["score"].contains("total"))
        p += t.format("report.summary.score", "Score for the {0}: <b>{1}</b> (long term {2}, short term {3}).",
                      {html_escape(role_text(t, text_of(run["score"], "role", "operator"))), format_number(run["score"]["total"].get<double>(), "%.1f"),
                       format_number(run["score"].value("long_term", 0.0), "%.1f"), format_number(run["score"].value("short_term", 0.0), "%.1f")});
    return "<p>" + p + "</p>\n";
}

std::vector<Span> stage_spans(const CsvTable& csv) {
    const int stage = csv.column("stage");
    return spans(csv, [&](size_t r) { return csv.text(r, stage); });
}

// A condition column "<transition>.<metric>" as its row is labelled: the same in English, the
// stage's short name and the condition's name in another language.
std::string condition_row(const ReportText& t, const std::string& column) {
    const size_t dot = column.find('.');
    const std::string transition = column.substr(0, dot), metric = column.substr(dot + 1);
    return t.format("report.timeline.condition_row", "{0}.{1}", {t("stage.short." + transition, transition), condition_text(t, metric)});
}

std::string timeline_section(const ReportText& t, const ReportInput& in, const TimeAxis& axis) {
    const CsvTable& csv = in.csv;
    std::string out = figure(stage_band_svg(axis, named(t, stage_spans(csv)), t("report.chart.stage_timeline", "stage timeline"), t("report.chart.stage", "stage")),
                             t("report.timeline.caption", "Stage each month."));
    std::vector<std::string> rows;
    std::vector<std::vector<Span>> held;
    for (size_t c = 0; c < csv.header.size(); ++c) {
        const std::string& h = csv.header[c];
        if (h.find('.') == std::string::npos) continue;
        rows.push_back(condition_row(t, h));
        held.push_back(spans(csv, [&](size_t r) { return csv.text(r, int(c)) == "1" ? std::string("holds") : std::string(); }));
    }
    out += figure(condition_grid_svg(axis, rows, held, t("report.chart.conditions", "stage conditions over time")),
                  t("report.timeline.conditions_caption",
                    "Stage conditions (transition.measure): green where the condition held that month. A stage changes when all of its "
                    "conditions held for the months the parameters ask."));
    return out;
}

std::string indicators_section(const ReportText& t, const ReportInput& in, const TimeAxis& axis) {
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
                    const std::string park = row < 0 ? t("report.not_reached", "not reached") : format_number(csv.number(size_t(row), col), "%.0f");
                    table += "<tr><td>" + std::to_string(point.year) + "</td><td>" + metric_text(t, metric) + "</td><td>" + format_number(value, "%.0f") +
                             "</td><td>" + park + "</td><td>" + html_escape(point.note) + "</td></tr>\n";
                    if (row >= 0) anchors.push_back({csv.number(size_t(row), tick_column(csv)), value, std::to_string(point.year) + ": " + format_number(value, "%.0f")});
                }
        charts += figure(line_chart_svg(axis, metric_text(t, metric), series, anchors, {}, named(t, stage_spans(csv))),
                         t.format("report.indicators.caption", "{0} each month; circles: the case's reference figures; the strip below: the stage.",
                                  {metric_text(t, metric)}));
    }
    std::string out = charts;
    if (!table.empty())
        out += "<table>" +
               header_row(t, {{"report.column.year", "year"}, {"report.column.indicator", "indicator"}, {"report.column.case", "the case"},
                              {"report.column.park", "this park"}, {"report.column.source_note", "source note"}}) +
               table + "</table>\n";
    else
        out += "<p>" + t("report.indicators.no_reference", "This scenario has no reference figures from a real case.") + "</p>\n";
    return out;
}

// What the trace says a decision's source fed: one line per flipped condition that named it.
std::string effects_of(const ReportText& t, const nlohmann::json& stages, const std::string& source) {
    std::string out;
    for (const auto& s : stages) {
        if (!s.contains("trace")) continue;
        for (const auto& f : s["trace"])
            for (const auto& c : f["causes"])
                if (c.value("source", "") == source)
                    out += "<li>" +
                           t.format("report.decisions.effect",
                                    "before the change to {0} ({1}): {2} {3} in month {4}; this source added {5} to {6} for {7} months",
                                    {html_escape(stage_text(t, text_of(s, "stage"))), html_escape(text_of(s, "date")),
                                     html_escape(condition_text(t, text_of(f, "metric"))),
                                     f.value("holds", false) ? t("report.decisions.began_to_hold", "began to hold") : t("report.decisions.stopped_holding", "stopped holding"),
                                     f["flip_tick"].dump(), format_number(c.value("mean_delta", 0.0), "%+.3g"), html_escape(lever_text(t, text_of(c, "lever"))),
                                     c["months"].dump()}) +
                           "</li>\n";
    }
    return out.empty() ? t("report.decisions.none_in_trace", "none in the trace") : "<ul>" + out + "</ul>";
}

std::string decisions_section(const ReportText& t, const ReportInput& in, const TimeAxis& axis) {
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
        const std::string source = type == "set_lever" ? "dial:" + role : "policy:" + text_of(c, "policy", "");
        std::string effects = t("report.decisions.see_above", "see above");
        if (type == "repeal_policy") effects = "";
        else if (!seen[source]) effects = effects_of(t, in.run["stages"], source);
        seen[source] = true;
        table += "<tr><td>" + std::to_string(number) + "</td><td>" + html_escape(date_of(t, csv, month)) + "</td><td>" + html_escape(role_text(t, role)) +
                 "</td><td>" + html_escape(command_text(t, type, text_of(c, "policy", ""))) + "</td><td>" +
                 html_escape(source_text(t, text_of(c, "source", ""))) + "</td><td>" + effects + "</td></tr>\n";
    }
    std::string out = figure(line_chart_svg(axis, t.format("report.decisions.chart", "{0}, with decisions", {metric_text(t, "enterprises")}),
                                            series_of(csv, "enterprises"), {}, markers, named(t, stage_spans(csv))),
                             t("report.decisions.caption", "Dashed lines: the numbered decisions below, in the month they took effect; the strip below: the stage."));
    out += "<p>" +
           t("report.decisions.explain",
             "Effects come from the causal trace: for each stage change, the conditions that flipped since the previous change, the "
             "levers that feed their measures (the model's lever registry) and what each decision added to those levers. It says what the "
             "model summed, not how much each addend moved the measure.") +
           "</p>\n";
    out += "<table>" +
           header_row(t, {{"", "#"}, {"report.column.month", "month"}, {"report.column.role", "role"}, {"report.column.decision", "decision"},
                          {"report.column.by", "by"}, {"report.column.in_trace", "in the trace"}}) +
           table + "</table>\n";
    return out;
}

std::string events_section(const ReportText& t, const ReportInput& in) {
    if (!in.run.contains("events")) return "<p>" + t("report.events.no_list", "This run.json has no events list (written before the report existed).") + "</p>\n";
    if (in.run["events"].empty()) return "<p>" + t("report.events.none", "No event was raised in this game.") + "</p>\n";
    std::string table = "<table>" + header_row(t, {{"report.column.month", "month"}, {"report.column.what_happened", "what happened"}});
    const ScenarioDef scenario = in.scenario.value_or(ScenarioDef());
    for (const auto& e : in.run["events"]) {
        // run.json keeps the log's English; another language names the session's sentences it recognises.
        const std::string english = text_of(e, "text");
        const Message message = t.is_english() ? Message() : log_message_of_text("event", english, scenario, in.policies, in.events);
        table += "<tr><td>" + html_escape(date_of(t, in.csv, e.value("tick", 0) + 1)) + "</td><td>" +
                 html_escape(message.empty() ? english : t.message(message)) + "</td></tr>\n";
    }
    return "<p>" + t("report.events.intro", "Each event as the game's log records it: when it was raised, then the answer chosen and who chose it.") + "</p>\n" +
           table + "</table>\n";
}

// The sentences of a teaching note: each ends at ". " or "? " (or the end), or at a Chinese full
// stop, question or exclamation mark.
std::vector<std::string> sentences_of(const std::string& note) {
    std::vector<std::string> out;
    std::string sentence;
    for (size_t i = 0; i < note.size(); ++i) {
        sentence += note[i];
        if ((note[i] == '.' || note[i] == '?') && (i + 1 == note.size() || note[i + 1] == ' ')) {
            out.push_back(sentence);
            sentence.clear();
            if (i + 1 < note.size()) ++i;
            continue;
        }
        for (const char* stop : {"\xE3\x80\x82", "\xEF\xBC\x9F", "\xEF\xBC\x81"})   // 。？！
            if (sentence.size() >= 3 && sentence.compare(sentence.size() - 3, 3, stop) == 0) {
                out.push_back(sentence);
                sentence.clear();
                while (i + 1 < note.size() && note[i + 1] == ' ') ++i;
                break;
            }
    }
    if (!sentence.empty()) out.push_back(sentence);
    return out;
}

std::string discussion_section(const ReportText& t, const ReportInput& in) {
    if (!in.scenario || in.scenario->teaching_note.empty()) return "<p>" + t("report.discussion.no_note", "This scenario has no teaching note.") + "</p>\n";
    std::string list;
    for (const std::string& sentence : sentences_of(t("scenario." + in.scenario->id + ".teaching_note", in.scenario->teaching_note)))
        list += "<li>" + html_escape(sentence) + "</li>\n";
    return "<p>" + t("report.discussion.intro", "From the scenario's teaching note, one point at a time:") + "</p>\n<ol>\n" + list + "</ol>\n";
}

// The whole page: head with the style, a title, then one <section id> per section.
std::string page(const ReportText& t, const std::string& title, const std::string& heading, const std::string& extra_style, const char* const* ids,
                 const std::string* titles, const std::string* bodies, int count) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + t.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
                       "</title>\n" + style_for(t) + extra_style + "</head>\n<body>\n";
    html += "<h1>" + html_escape(heading) + "</h1>\n";
    for (int i = 0; i < count; ++i)
        html += "<section id=\"" + std::string(ids[i]) + "\">\n<h2>" + titles[i] + "</h2>\n" + bodies[i] + "</section>\n";
    return html + "</body>\n</html>\n";
}

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

std::string pair_summary(const ReportText& t, const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    return "<p>" +
           t.format("report.pair.intro", "Two games of {0} side by side: <b>{1}</b> (solid lines) and <b>{2}</b> (dashed lines).",
                    {html_escape(scenario_name(t, a)), html_escape(labels[0]), html_escape(labels[1])}) +
           "</p>\n<h3>" + html_escape(labels[0]) + "</h3>\n" + summary_section(t, a) + "<h3>" + html_escape(labels[1]) + "</h3>\n" + summary_section(t, b);
}

std::string pair_indicators(const ReportText& t, const ReportInput& a, const ReportInput& b, const std::string (&labels)[2], const TimeAxis& axis) {
    std::string out;
    for (const char* metric : {"enterprises", "multinationals", "research_institutes", "investment_funds"})
        out += figure(lines_chart_svg(axis, metric_text(t, metric), {{labels[0], series_of(a.csv, metric), named(t, stage_spans(a.csv))},
                                                                     {labels[1], series_of(b.csv, metric), named(t, stage_spans(b.csv))}}),
                      t.format("report.pair.indicators_caption", "{0} each month in both games; the strips below: each game's stage.", {metric_text(t, metric)}));
    return out;
}

std::string pair_differences(const ReportText& t, const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    std::string stages;
    const std::string not_reached = t("report.not_reached", "not reached");
    for (const char* stage : {"agglomeration", "cluster", "coi", "decline", "renewal"}) {
        const int month_a = first_month_in(a.csv, stage), month_b = first_month_in(b.csv, stage);
        if (month_a < 0 && month_b < 0) continue;
        const std::string gap = month_a >= 0 && month_b >= 0 ? t.format("report.pair.months", "{0} months", {format_number(month_b - month_a, "%+.0f")})
                                                             : t("report.pair.one_game_only", "reached in one game only");
        stages += "<tr><td>" + stage_text(t, stage) + "</td><td>" + (month_a >= 0 ? html_escape(date_of(t, a.csv, month_a)) : not_reached) + "</td><td>" +
                  (month_b >= 0 ? html_escape(date_of(t, b.csv, month_b)) : not_reached) + "</td><td>" + gap + "</td></tr>\n";
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
        indicators += "<tr><td>" + metric_text(t, metric) + "</td><td class=\"number\">" + format_number(value_a, "%.4g") + "</td><td class=\"number\">" +
                      format_number(value_b, "%.4g") + "</td><td class=\"number\">" + format_number(value_b - value_a, "%+.4g") + "</td></tr>\n";
    }
    const std::string head = "<tr><th></th><th>" + html_escape(labels[0]) + "</th><th>" + html_escape(labels[1]) + "</th><th>";
    std::string out = "<p>" + t("report.pair.first_months", "The first month each game reached each stage (difference: the second game minus the first).") + "</p>\n";
    out += stages.empty() ? "<p>" + t("report.pair.no_change", "Neither game changed stage.") + "</p>\n"
                          : "<table>" + head + t("report.column.difference", "difference") + "</th></tr>\n" + stages + "</table>\n";
    out += "<p>" + t.format("report.pair.key_indicators", "Key indicators in {0}, the last month both games played.", {html_escape(date_of(t, a.csv, last))}) + "</p>\n";
    out += "<table>" + head + t("report.column.second_minus_first", "second minus first") + "</th></tr>\n" + indicators + "</table>\n";
    if (a.run.contains("score") && b.run.contains("score") && a.run["score"].contains("total") && b.run["score"].contains("total"))
        out += "<p>" +
               t.format("report.pair.scores", "Score: {0} for the {1} in the first game, {2} for the {3} in the second (each game scores the role its strategy played).",
                        {format_number(a.run["score"]["total"].get<double>(), "%.1f"), html_escape(role_text(t, text_of(a.run["score"], "role", "operator"))),
                         format_number(b.run["score"]["total"].get<double>(), "%.1f"), html_escape(role_text(t, text_of(b.run["score"], "role", "operator")))}) +
               "</p>\n";
    return out;
}

// An event answer as run.json names it (the choice's id): in another language the choice's label
// when exactly one of the content's events has a choice with that id.
std::string choice_text(const ReportText& t, const ReportInput& in, const std::string& choice) {
    if (t.is_english()) return choice;
    std::string key, label;
    int found = 0;
    for (const EventDef& event : in.events)
        for (const EventChoiceDef& option : event.choices)
            if (option.id == choice && ++found == 1) {
                key = "event." + event.id + ".choice." + option.id + ".label";
                label = option.label;
            }
    return found == 1 ? t(key, label) : choice;
}

// Each decision as one line of text, so the two games' lists can be compared.
std::vector<std::string> decision_lines(const ReportText& t, const ReportInput& in) {
    std::vector<std::string> lines;
    for (const auto& c : in.run["commands"]) {
        const std::string type = text_of(c, "type");
        const std::string what = type == "answer_event" ? t.format("report.decision.answered", "answered an event: {0}", {choice_text(t, in, text_of(c, "choice", ""))})
                                                        : command_text(t, type, text_of(c, "policy", ""));
        lines.push_back(date_of(t, in.csv, c.value("tick", 0) + 1) + "|" + role_text(t, text_of(c, "role")) + "|" + what + "|" +
                        source_text(t, text_of(c, "source", "")));
    }
    return lines;
}

std::string pair_decisions(const ReportText& t, const ReportInput& a, const ReportInput& b, const std::string (&labels)[2]) {
    const std::vector<std::string> lines_a = decision_lines(t, a), lines_b = decision_lines(t, b);
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
    std::string out = "<p>" +
                      t.format("report.pair.shared_decisions",
                               "{0} decisions (same month, role, decision and decider) were taken in both games. The decisions only one game took:",
                               {std::to_string(shared)}) +
                      "</p>\n";
    if (rows.empty()) return out + "<p>" + t("report.pair.same_decisions", "None: both games took the same decisions.") + "</p>\n";
    return out + "<table>" +
           header_row(t, {{"report.column.game", "game"}, {"report.column.month", "month"}, {"report.column.role", "role"},
                          {"report.column.decision", "decision"}, {"report.column.by", "by"}}) +
           rows + "</table>\n";
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

std::string class_summary(const ReportText& t, const std::vector<ReportInput>& teams) {
    std::string seeds;
    for (const ReportInput& team : teams) seeds += (seeds.empty() ? "" : ", ") + team.run["seed"].dump();
    return "<p>" +
           t.format("report.class.intro", "{0} teams played {1} (seeds {2}). The table ranks them by score; the charts show every team on the same scale.",
                    {std::to_string(teams.size()), html_escape(scenario_name(t, teams[0])), html_escape(seeds)}) +
           "</p>\n";
}

std::string class_ranking(const ReportText& t, const std::vector<ReportInput>& teams, const std::vector<std::string>& labels) {
    std::string rows;
    int rank = 0;
    for (size_t i : ranking(teams, labels)) {
        const ReportInput& team = teams[i];
        const CsvTable& csv = team.csv;
        const size_t last = csv.rows.size() - 1;
        auto reached = [&](const char* stage) {
            const int month = first_month_in(csv, stage);
            return month < 0 ? t("report.not_reached", "not reached") : html_escape(date_of(t, csv, month));
        };
        const std::string strategies = team.run.contains("strategy") && team.run["strategy"].is_object()
                                           ? strategy_text(t, text_of(team.run["strategy"], "operator")) + " / " +
                                                 strategy_text(t, text_of(team.run["strategy"], "government"))
                                           : "?";
        rows += "<tr><td>" + std::to_string(++rank) + "</td><td>" + html_escape(labels[i]) + "</td><td>" + html_escape(strategies) + "</td><td>" +
                html_escape(stage_text(t, csv.text(last, csv.column("stage")))) + "</td><td>" + reached("cluster") + "</td><td>" + reached("coi") +
                "</td><td class=\"number\">" + format_number(csv.number(last, csv.column("enterprises")), "%.0f") + "</td><td class=\"number\">" +
                format_number(csv.number(last, csv.column("transformation_rate")), "%.3f") + "</td><td class=\"number\">" +
                (score_of(team) > -1e299 ? format_number(score_of(team), "%.1f") : t("report.not_available", "n/a")) + "</td></tr>\n";
    }
    return "<table>" +
           header_row(t, {{"", "#"}, {"report.column.team", "team"}, {"report.column.strategies", "strategies (operator / government)"},
                          {"report.column.final_stage", "final stage"}, {"stage.cluster", "cluster"}, {"stage.coi", "coi"},
                          {"report.metric.enterprises", "enterprises"}, {"report.column.transformation_rate", "transformation rate"},
                          {"report.column.score", "score"}}) +
           rows + "</table>\n";
}

std::string class_multiples(const ReportText& t, const std::vector<ReportInput>& teams, const std::vector<std::string>& labels, const TimeAxis& axis) {
    double highest = 0.0;
    for (const ReportInput& team : teams)
        for (const auto& [tick, value] : series_of(team.csv, "enterprises")) highest = std::max(highest, value);
    std::string out = "<div class=\"multiples\">\n";
    for (size_t i = 0; i < teams.size(); ++i)
        out += figure(lines_chart_svg(axis, t.format("report.class.chart", "{0}: enterprises", {labels[i]}),
                                      {{labels[i], series_of(teams[i].csv, "enterprises"), named(t, stage_spans(teams[i].csv))}}, highest),
                      t.format("report.class.chart_caption", "{0}, enterprises each month (same scale for every team); the strip below: the stage.", {labels[i]}));
    return out + "</div>\n";
}

}  // namespace

std::string report_html(const ReportInput& in, const ReportText& t) {
    const TimeAxis axis = make_axis(in.csv);
    const std::string titles[6] = {t("report.section.summary", "The game in one paragraph"), t("report.section.timeline", "Stage timeline and conditions"),
                                   t("report.section.indicators", "Key indicators against the case"),
                                   t("report.section.decisions", "Decisions and their effects"), t("report.section.events", "Events and answers"),
                                   t("report.section.discussion", "Discussion")};
    const std::string bodies[6] = {summary_section(t, in), timeline_section(t, in, axis), indicators_section(t, in, axis),
                                   decisions_section(t, in, axis), events_section(t, in), discussion_section(t, in)};
    return page(t, t.format("report.title", "Keystone debrief: {0}, seed {1}", {text_of(in.run, "scenario"), in.run["seed"].dump()}),
                t.format("report.heading", "Debrief: {0}", {scenario_name(t, in)}), "", kReportSections, titles, bodies, 6);
}

const char* const kPairSections[6] = {"summary", "timeline", "indicators", "differences", "decisions", "discussion"};

std::string report_pair_html(const ReportInput& a, const ReportInput& b, const std::string& label_a, const std::string& label_b, const ReportText& t) {
    const std::string labels[2] = {label_a, label_b};
    const TimeAxis axis = pair_axis(a.csv, b.csv);
    const std::string titles[6] = {t("report.pair.section.summary", "The two games"), t("report.pair.section.timeline", "Stage timelines"),
                                   t("report.pair.section.indicators", "Key indicators"), t("report.pair.section.differences", "Differences"),
                                   t("report.pair.section.decisions", "Decisions that differ"), t("report.section.discussion", "Discussion")};
    const std::string bodies[6] = {pair_summary(t, a, b, labels),
                                   figure(stage_bands_svg(axis, {label_a, label_b}, {named(t, stage_spans(a.csv)), named(t, stage_spans(b.csv))},
                                                          t("report.chart.stage_timelines", "stage timelines")),
                                          t("report.pair.timeline_caption", "Stage each month, one band per game.")),
                                   pair_indicators(t, a, b, labels, axis),
                                   pair_differences(t, a, b, labels),
                                   pair_decisions(t, a, b, labels),
                                   discussion_section(t, a)};
    return page(t, t.format("report.pair.title", "Keystone what-if: {0}, {1} and {2}", {text_of(a.run, "scenario"), label_a, label_b}),
                t.format("report.pair.heading", "What if: {0}", {scenario_name(t, a)}), kPairStyle, kPairSections, titles, bodies, 6);
}

const char* const kClassSections[5] = {"summary", "ranking", "timeline", "teams", "discussion"};

std::string report_class_html(const std::vector<ReportInput>& teams, const std::vector<std::string>& labels, const ReportText& t) {
    TimeAxis axis = make_axis(teams[0].csv);
    for (const ReportInput& team : teams) {
        const TimeAxis other = pair_axis(teams[0].csv, team.csv);
        axis.first_tick = std::min(axis.first_tick, other.first_tick);
        axis.last_tick = std::max(axis.last_tick, other.last_tick);
        if (other.ticks.size() > axis.ticks.size()) axis.ticks = other.ticks;
    }
    std::vector<std::vector<Span>> bands;
    for (const ReportInput& team : teams) bands.push_back(named(t, stage_spans(team.csv)));
    const std::string titles[5] = {t("report.class.section.summary", "The class"), t("report.class.section.ranking", "Ranking"),
                                   t("report.pair.section.timeline", "Stage timelines"), t("report.class.section.teams", "Every team on the same chart"),
                                   t("report.section.discussion", "Discussion")};
    const std::string bodies[5] = {class_summary(t, teams), class_ranking(t, teams, labels),
                                   figure(stage_bands_svg(axis, labels, bands, t("report.chart.stage_timelines", "stage timelines")),
                                          t("report.class.timeline_caption", "Stage each month, one band per team.")),
                                   class_multiples(t, teams, labels, axis), discussion_section(t, teams[0])};
    return page(t, t.format("report.class.title", "Keystone class: {0}, {1} teams", {text_of(teams[0].run, "scenario"), std::to_string(teams.size())}),
                t.format("report.class.heading", "Class debrief: {0}", {scenario_name(t, teams[0])}), kClassStyle, kClassSections, titles, bodies, 5);
}

}  // namespace keystone::report
