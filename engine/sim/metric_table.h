// Named access to the park's measures: one table used by stage conditions, the Lua API
// (keystone.metric), the CSV writer and the docs, so each measure has exactly one name.
#pragma once
#include <string>
#include <vector>

#include "sim/state.h"

namespace keystone {

struct MetricInfo {
    const char* name;
    const char* description;   // short, for the API reference and tooltips
    double (*read)(const World&);
};

const std::vector<MetricInfo>& metric_table();
// Returns false if the name is unknown.
bool read_metric(const World& world, const std::string& name, double* out);
bool metric_exists(const std::string& name);
// Whether a metric is money (its description gives RMB million): a scenario's `currency`
// converts goals on these metrics.
bool metric_in_rmb(const std::string& name);

}  // namespace keystone
