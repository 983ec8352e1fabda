// The results screen: the score of the game shown (computed once per month shown) and
// panels/results_screen.cpp to draw it.
#include "app.h"
#include "app_internal.h"


namespace keystone::client {

void App::draw_results_frame() {
    if (Session* shown = shown_session()) {
        refresh_score();
        draw_full_window("###results", [&] { draw_results_screen(*shown, ui_, score_); });
    }
}

void App::refresh_score() {
    const Session* shown = shown_session();
    if (score_tick_ == shown->world().tick && score_session_ == shown) return;
    score_ = compute_score(scoring_, *shown);
    score_tick_ = shown->world().tick;
    score_session_ = shown;
}

}  // namespace keystone::client
