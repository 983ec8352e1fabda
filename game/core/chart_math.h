// Chart arithmetic without any drawing: axis ranges, "nice" tick steps, the sample under the
// cursor. Kept apart from ImGui so it can be unit-tested and reused by exports.
#pragma once
#include <string>
#include <vector>

namespace keystone::client {

struct AxisTicks {
    double min = 0.0, max = 1.0;   // the axis range, widened to whole steps
    double step = 0.1;
    std::vector<double> values;    // tick positions from min to max
};

// Ticks at 1, 2 or 5 times a power of ten, about target_count of them, covering [low, high].
AxisTicks nice_ticks(double low, double high, int target_count);
// Label for a tick value: as many decimals as the step needs, no more.
std::string format_tick(double value, double step);

// The sample index under x, for samples spread evenly from x_begin to x_end (clamped).
int sample_at(double x, double x_begin, double x_end, int sample_count);

// Smallest and largest finite value over the given series (0..1 when there is none).
void value_range(const std::vector<const std::vector<double>*>& series, double* low, double* high);

// True when the lines' peaks differ by `ratio` or more (two orders of magnitude by default): a
// linear axis would flatten the small lines onto the floor. Lines at or below zero throughout do
// not count, and neither does any line with a negative value (a log axis cannot show it).
bool wants_log_scale(const std::vector<const std::vector<double>*>& series, double ratio = 100.0);
// A log axis: ticks at 1, 10, 100 ... from the power of ten at or below low_positive to the one
// at or above high. min and max are the decades' logarithms; values holds the tick values.
AxisTicks log_ticks(double low_positive, double high);

// Mean over the trailing window (shorter at the start): smooths monthly counts for display.
std::vector<double> trailing_mean(const std::vector<double>& values, int window);

}  // namespace keystone::client
