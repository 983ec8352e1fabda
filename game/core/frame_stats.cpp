// Frame statistics; see frame_stats.h.
#include "core/frame_stats.h"

#include <algorithm>
#include <cmath>

namespace keystone::client {

void FrameStats::add(double frame_ms) {
    all_.push_back(frame_ms);
    if (window_.size() < kWindow) window_.push_back(frame_ms);
    else window_[next_] = frame_ms;
    next_ = (next_ + 1) % kWindow;
}

double FrameStats::rolling_mean_ms() const {
    if (window_.empty()) return 0.0;
    double sum = 0.0;
    for (double ms : window_) sum += ms;
    return sum / double(window_.size());
}

double FrameStats::rolling_max_ms() const {
    double most = 0.0;
    for (double ms : window_) most = std::max(most, ms);
    return most;
}

FrameSummary FrameStats::summary() const { return summarize(all_); }

FrameSummary summarize(std::vector<double> frame_ms) {
    FrameSummary summary;
    summary.frames = int(frame_ms.size());
    if (frame_ms.empty()) return summary;
    double sum = 0.0;
    for (double ms : frame_ms) sum += ms;
    summary.mean_ms = sum / double(frame_ms.size());
    std::sort(frame_ms.begin(), frame_ms.end());
    // Nearest-rank percentiles: the smallest value with at least that share of frames at or below it.
    const auto percentile = [&frame_ms](double share) {
        const size_t rank = size_t(std::ceil(share * double(frame_ms.size())));
        return frame_ms[std::min(frame_ms.size() - 1, rank == 0 ? 0 : rank - 1)];
    };
    summary.p50_ms = percentile(0.50);
    summary.p95_ms = percentile(0.95);
    summary.max_ms = frame_ms.back();
    return summary;
}

}  // namespace keystone::client
