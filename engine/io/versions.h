// Save format versions: an append-only list. Never reorder or reuse a number; a change to the
// saved state adds a version and a named migration step in migrations.cpp.
#pragma once

namespace keystone {

enum SaveVersion : int {
    kSaveVersionFirst = 1,        // engine 0.1: world snapshot, session state, command log, history
    kSaveVersionScriptStorage = 2, // + per-script storage tables (keystone.storage())
    kSaveVersionLeverDials = 3,    // lever dials replace the baseline (were added to it) + dial_set
    kSaveVersionModelV2 = 4,       // model v2: smoothed deal flow, per-month limit cuts in the metrics
    kSaveVersionTieTrust = 5,      // trust and repeated contacts per tie; defections and tie measures
    kSaveVersionEnablers = 6,      // talent shortage per kind and star scientists in the metrics
    kSaveVersionConditionHistory = 7,  // each history record keeps the stage conditions of its month
    kSaveVersionLogMessages = 8,   // each timeline entry keeps its sentence as a key and arguments
    kSaveVersionInjections = 9,    // the facilitator's injected events (state and replay)
    kSaveVersionFundExit = 10,     // funds record their last deal and may leave the park
    kSaveVersionCurrent = kSaveVersionFundExit,
};

}  // namespace keystone
