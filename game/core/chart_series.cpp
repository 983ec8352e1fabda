// Chart series extraction from the session's history; see chart_series.h.
#include "core/chart_series.h"

#include <functional>

#include "core/chart_math.h"
#include "core/strings.h"

namespace keystone::client {

namespace {
std::vector<double> column(const std::vector<TickRecord>& history,
                           const std::function<double(const TickRecord&)>& read) {
    std::vector<double> values;
    values.reserve(history.size());
    for (const TickRecord& row : history) values.push_back(read(row));
    return values;
}

void add_line(ChartData* chart, const std::string& label, std::vector<double> values, const std::string& metric = "") {
    ChartLine line;
    line.label = label;
    line.metric = metric;
    line.values = std::move(values);
    line.colour = int(chart->lines.size());  // the palette has eight colours (Okabe-Ito), a chart at most six lines
    chart->lines.push_back(std::move(line));
}

void add_joint_actions(ChartData* chart, const std::vector<TickRecord>& history, std::initializer_list<JointActionType> types,
                       int smoothing_months) {
    for (JointActionType type : types) {
        const int t = int(type);
        const char* name = joint_action_type_name(type);
        add_line(chart, tr_or(std::string("joint_action.") + name, humanize(name)),
                 trailing_mean(column(history, [t](const TickRecord& row) { return double(row.metrics.joint_actions_by_type[t]); }),
                               smoothing_months));
    }
}


std::string label(const std::string& key, const std::string& engine_name) {
    return tr_or(key, humanize(engine_name));
}
}  // namespace

const std::vector<ChartPage>& chart_pages() {
    static const std::vector<ChartPage> pages = {
        {"charts.page.firms", {ChartKind::FirmsBySize, ChartKind::FirmsBySegment}},
        {"charts.page.joint_actions", {ChartKind::JointActionsKnowledge, ChartKind::JointActionsBusiness}},
        {"charts.page.innovation", {ChartKind::Transformation, ChartKind::Network}},
        {"charts.page.culture", {ChartKind::CultureCooperation, ChartKind::CultureOpenness}},
        {"charts.page.funding", {ChartKind::Funding}},
        {"charts.page.kpis", {ChartKind::Budgets, ChartKind::Revenue, ChartKind::Occupancy}},
    };
    return pages;
}

const char* chart_unit_key(ChartUnit unit) {
    switch (unit) {
        case ChartUnit::Count: return "chart.unit.count";
        case ChartUnit::Share: return "chart.unit.share";
        case ChartUnit::MoneyStock: return "chart.unit.money_stock";
        case ChartUnit::MoneyPerMonth: return "chart.unit.money_per_month";
        case ChartUnit::PerMonth: return "chart.unit.per_month";
    }
    return "chart.unit.count";
}

ChartData build_chart(const Session& session, ChartKind kind) {
    const std::vector<TickRecord>& history = session.history();
    ChartData chart;
    for (const TickRecord& row : history) chart.ticks.push_back(row.tick);
    // Monthly flows are noisy; a trailing year-long mean shows the trend a class can discuss.
    constexpr int kSmoothingMonths = 12;
    auto metric = [&](auto member) {
        return column(history, [member](const TickRecord& row) { return double(row.metrics.*member); });
    };
    auto culture = [&](double Culture::*member) {
        return column(history, [member](const TickRecord& row) { return row.culture.*member; });
    };

    switch (kind) {
        case ChartKind::FirmsBySize:
            chart.title = tr("chart.firms_by_size");
            chart.unit = ChartUnit::Count;
            add_line(&chart, tr("chart.line.all_firms"), metric(&Metrics::enterprises), "enterprises");
            add_line(&chart, tr("chart.line.startups"), metric(&Metrics::startups), "startups");
            add_line(&chart, tr("chart.line.smes"), metric(&Metrics::smes), "smes");
            add_line(&chart, tr("chart.line.large_firms"), metric(&Metrics::large_firms), "large_firms");
            add_line(&chart, tr("chart.line.multinationals"), metric(&Metrics::multinationals), "multinationals");
            add_line(&chart, tr("chart.line.policy_driven"), metric(&Metrics::policy_driven_firms), "policy_driven_firms");
            break;
        case ChartKind::FirmsBySegment:
            chart.title = tr("chart.firms_by_segment");
            chart.unit = ChartUnit::Count;
            for (int s = 0; s < kSegmentCount; ++s) {
                const char* name = segment_name(Segment(s));
                add_line(&chart, label(std::string("segment.") + name, name),
                         column(history, [s](const TickRecord& row) { return double(row.metrics.firms_by_segment[s]); }));
            }
            break;
        // Twelve types in two charts of six: knowledge moving between partners, and business.
        case ChartKind::JointActionsKnowledge:
            chart.title = tr("chart.joint_actions_knowledge");
            chart.note = tr("chart.note.smoothed");
            chart.unit = ChartUnit::PerMonth;
            add_joint_actions(&chart, history, {JointActionType::Licensing, JointActionType::JointRnd, JointActionType::CrossIndustry,
                                                JointActionType::UserCoCreation, JointActionType::International,
                                                JointActionType::Consortium}, kSmoothingMonths);
            break;
        case ChartKind::JointActionsBusiness:
            chart.title = tr("chart.joint_actions_business");
            chart.note = tr("chart.note.smoothed");
            chart.unit = ChartUnit::PerMonth;
            add_joint_actions(&chart, history, {JointActionType::Supply, JointActionType::JointRecruitment, JointActionType::Investment,
                                                JointActionType::ServiceContract, JointActionType::Training, JointActionType::Forum},
                              kSmoothingMonths);
            break;
        case ChartKind::Transformation:
            chart.title = tr("chart.transformation");
            chart.unit = ChartUnit::Share;
            add_line(&chart, tr("chart.line.transformation_rate"), metric(&Metrics::transformation_rate), "transformation_rate");
            add_line(&chart, tr("chart.line.innovative_share"), metric(&Metrics::innovative_share), "innovative_share");
            add_line(&chart, tr("chart.line.high_quality_share"), metric(&Metrics::high_quality_share), "high_quality_share");
            add_line(&chart, tr("chart.line.complementor_share"), metric(&Metrics::complementor_share), "complementor_share");
            break;
        case ChartKind::Network:
            chart.title = tr("chart.network");
            chart.unit = ChartUnit::Share;
            add_line(&chart, tr("chart.line.external_tie_share"), metric(&Metrics::external_tie_share), "external_tie_share");
            add_line(&chart, tr("chart.line.cross_segment_share"), metric(&Metrics::cross_segment_share), "cross_segment_share");
            add_line(&chart, tr("chart.line.centralization"), metric(&Metrics::centralization), "centralization");
            add_line(&chart, tr("chart.line.clustering"), metric(&Metrics::clustering), "clustering");
            add_line(&chart, tr("chart.line.diversity"), metric(&Metrics::diversity), "diversity");
            break;
        case ChartKind::CultureCooperation:
            chart.title = tr("chart.culture_cooperation");
            chart.unit = ChartUnit::Share;
            add_line(&chart, tr("culture.trust"), culture(&Culture::trust), "trust");
            add_line(&chart, tr("culture.entrepreneurial"), culture(&Culture::entrepreneurial), "entrepreneurial_culture");
            add_line(&chart, tr("culture.innovation"), culture(&Culture::innovation), "innovation_culture");
            add_line(&chart, tr("culture.team"), culture(&Culture::team), "team_culture");
            break;
        case ChartKind::CultureOpenness:
            chart.title = tr("chart.culture_openness");
            chart.unit = ChartUnit::Share;
            add_line(&chart, tr("culture.learning"), culture(&Culture::learning), "learning_culture");
            add_line(&chart, tr("culture.openness"), culture(&Culture::openness), "openness");
            add_line(&chart, tr("culture.open_innovation"), culture(&Culture::open_innovation), "open_innovation");
            add_line(&chart, tr("culture.quadruple_helix"), culture(&Culture::quadruple_helix), "quadruple_helix");
            break;
        case ChartKind::Funding:
            chart.title = tr("chart.funding");
            chart.note = tr("chart.note.smoothed");
            chart.unit = ChartUnit::MoneyPerMonth;
            add_line(&chart, tr("chart.line.funding_professional"),
                     trailing_mean(metric(&Metrics::funding_professional), kSmoothingMonths));
            add_line(&chart, tr("chart.line.funding_nonprofessional"),
                     trailing_mean(metric(&Metrics::funding_nonprofessional), kSmoothingMonths));
            add_line(&chart, tr("chart.line.funding_government"),
                     trailing_mean(metric(&Metrics::funding_government), kSmoothingMonths));
            break;
        case ChartKind::Budgets:
            chart.title = tr("chart.budgets");
            chart.unit = ChartUnit::MoneyStock;
            chart.include_zero = false;
            for (int r = 0; r < kRoleCount; ++r) {
                const char* name = role_name(Role(r));
                add_line(&chart, label(std::string("role.") + name, name),
                         column(history, [r](const TickRecord& row) { return row.budgets[r]; }));
            }
            break;
        case ChartKind::Revenue:
            chart.title = tr("chart.revenue");
            chart.unit = ChartUnit::MoneyPerMonth;
            add_line(&chart, tr("chart.line.output_value"), metric(&Metrics::output_value), "output_value");
            add_line(&chart, tr("chart.line.tax_revenue"), metric(&Metrics::tax_revenue), "tax_revenue");
            add_line(&chart, tr("chart.line.rent_revenue"), metric(&Metrics::rent_revenue), "rent_revenue");
            break;
        case ChartKind::Occupancy:
            chart.title = tr("chart.occupancy");
            chart.unit = ChartUnit::Share;
            add_line(&chart, tr("chart.line.occupancy"), metric(&Metrics::occupancy), "occupancy");
            break;
        case ChartKind::Count:
            break;
    }
    std::vector<const std::vector<double>*> series;
    for (const ChartLine& line : chart.lines) series.push_back(&line.values);
    chart.log_scale = chart.unit != ChartUnit::Share && wants_log_scale(series);
    return chart;
}

}  // namespace keystone::client
