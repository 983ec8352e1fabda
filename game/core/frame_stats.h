// Frame time measurements: a rolling window for the F3 overlay and the whole-run list for
// --frame-stats (mean, median, 95th percentile and maximum, in milliseconds).
#pragma once
#include <string>
#include <vector>

namespace keystone::client {

struct FrameSummary {
    int frames = 0;
    double mean_ms = 0.0, p50_ms = 0.0, p95_ms = 0.0, max_ms = 0.0;
};

class FrameStats {
public:
    void add(double frame_ms);
    double rolling_mean_ms() const;   // over the last kWindow frames
    double rolling_max_ms() const;
    FrameSummary summary() const;     // over every frame recorded
    void clear() { all_.clear(); window_.clear(); next_ = 0; }

private:
    static constexpr size_t kWindow = 120;
    std::vector<double> all_;
    std::vector<double> window_;
    size_t next_ = 0;
};

FrameSummary summarize(std::vector<double> frame_ms);

}  // namespace keystone::client
