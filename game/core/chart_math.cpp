// Chart arithmetic; see chart_math.h.
#include "core/chart_math.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace keystone::client {

namespace {
double nice_step(double raw_step) {
    if (!(raw_step > 0.0) || !std::isfinite(raw_step)) return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw_step)));
    const double fraction = raw_step / power;
    double nice = 10.0;
    if (fraction <= 1.0) nice = 1.0;
    else if (fraction <= 2.0) nice = 2.0;
    else if (fraction <= 5.0) nice = 5.0;
    return nice * power;
}
}  // namespace

AxisTicks nice_ticks(double low, double high, int target_count) {
    AxisTicks ticks;
    if (!std::isfinite(low) || !std::isfinite(high)) { low = 0.0; high = 1.0; }
    if (high < low) std::swap(low, high);
    if (high - low < 1e-12) {
        // A flat series still needs a visible range around its value; a flat zero shows 0..1.
        const double pad = std::fabs(high) > 1e-12 ? std::fabs(high) * 0.1 : 1.0;
        low = (low >= 0.0 && low - pad < 0.0) ? 0.0 : low - pad;
        high += pad;
    }
    target_count = std::max(2, target_count);
    ticks.step = nice_step((high - low) / double(target_count));
    ticks.min = std::floor(low / ticks.step) * ticks.step;
    ticks.max = std::ceil(high / ticks.step) * ticks.step;
    if (ticks.max - ticks.min < ticks.step * 0.5) ticks.max = ticks.min + ticks.step;
    const int count = int(std::llround((ticks.max - ticks.min) / ticks.step));
    for (int i = 0; i <= count && i <= 100; ++i) ticks.values.push_back(ticks.min + ticks.step * i);
    return ticks;
}

std::string format_tick(double value, double step) {
    int decimals = 0;
    if (step < 1.0) decimals = std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
    if (std::fabs(value) < step * 1e-6) value = 0.0;  // print "0", not "-0.00"
    char buffer[48];
    if (std::fabs(value) >= 1e6) std::snprintf(buffer, sizeof buffer, "%.3g", value);
    else std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

int sample_at(double x, double x_begin, double x_end, int sample_count) {
    if (sample_count <= 1 || x_end <= x_begin) return 0;
    const double t = (x - x_begin) / (x_end - x_begin);
    const int index = int(std::lround(t * double(sample_count - 1)));
    return std::clamp(index, 0, sample_count - 1);
}

void value_range(const std::vector<const std::vector<double>*>& series, double* low, double* high) {
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -std::numeric_limits<double>::infinity();
    for (const auto* values : series) {
        if (!values) continue;
        for (double v : *values) {
            if (!std::isfinite(v)) continue;
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
    }
    if (!std::isfinite(lowest)) { lowest = 0.0; highest = 1.0; }
    *low = lowest;
    *high = highest;
}

std::vector<double> trailing_mean(const std::vector<double>& values, int window) {
    std::vector<double> out(values.size(), 0.0);
    if (window <= 1) return values;
    double sum = 0.0;
    for (size_t i = 0; i < values.size(); ++i) {
        sum += values[i];
        if (i >= size_t(window)) sum -= values[i - size_t(window)];
        const size_t count = std::min(i + 1, size_t(window));
        out[i] = sum / double(count);
    }
    return out;
}

bool wants_log_scale(const std::vector<const std::vector<double>*>& series, double ratio) {
    double smallest_peak = 0.0, largest_peak = 0.0;
    for (const std::vector<double>* values : series) {
        double peak = 0.0;
        for (double value : *values) {
            if (!std::isfinite(value)) continue;
            if (value < 0.0) return false;
            peak = std::max(peak, value);
        }
        if (peak <= 0.0) continue;
        smallest_peak = smallest_peak == 0.0 ? peak : std::min(smallest_peak, peak);
        largest_peak = std::max(largest_peak, peak);
    }
    return smallest_peak > 0.0 && largest_peak >= ratio * smallest_peak;
}

AxisTicks log_ticks(double low_positive, double high) {
    AxisTicks ticks;
    const double first = std::floor(std::log10(std::max(low_positive, 1e-9)));
    const double last = std::max(first + 1.0, std::ceil(std::log10(std::max(high, low_positive))));
    ticks.min = first;
    ticks.max = last;
    ticks.step = 1.0;
    for (double decade = first; decade <= last + 1e-9; decade += 1.0) ticks.values.push_back(std::pow(10.0, decade));
    return ticks;
}

}  // namespace keystone::client
