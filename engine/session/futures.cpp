// Futures of one game from one month; see futures.h. Each future loads the saved game, applies
// its side's strategies, restarts the random streams from its seed and plays to the end.
#include "session/futures.h"

#include "sim/message.h"
#include "sim/metric_table.h"
#include "sim/world_setup.h"

namespace keystone {

size_t future_job_count(const FuturesSpec& spec) { return spec.sides.size() * spec.seeds.size(); }

GameResult play_future(const FuturesSpec& spec, size_t job, const BatchProgress* progress) {
    GameResult r;
    r.combo = int(job / spec.seeds.size());
    r.seed = spec.seeds[job % spec.seeds.size()];
    const FutureSide& side = spec.sides[size_t(r.combo)];
    std::string error;
    std::unique_ptr<Session> session = Session::load_json(spec.start, spec.content, &error);
    if (!session) {
        r.error = error;
        return r;
    }
    for (int role = 0; role < kRoleCount; ++role) {
        const std::string& strategy = side.strategies[size_t(role)];
        const Message refusal = strategy.empty() ? Message{} : session->set_strategy(Role(role), strategy);
        if (!refusal.empty()) {
            r.error = english(refusal);
            return r;
        }
        session->set_human(Role(role), side.human[size_t(role)]);
    }
    seed_world(session->mutable_world(), r.seed);
    size_t next_command = 0;
    while (!session->finished()) {
        if (progress && progress->cancel) {
            r.error = "cancelled";
            return r;
        }
        const int32_t tick = session->world().tick;
        for (; next_command < side.commands.size() && side.commands[next_command].tick <= tick; ++next_command) {
            const Command& command = side.commands[next_command];
            if (command.tick < tick || command.type == CommandType::AnswerEvent || !session->config().human[size_t(command.role)])
                continue;
            session->submit(command);  // refused in this future: left out (futures.h)
        }
        session->step();
    }
    // The whole game from its history: month m is history[m - 1].
    const std::vector<TickRecord>& history = session->history();
    for (size_t i = 0; i < history.size(); ++i) {
        const int stage = int(history[i].stage);
        if (r.first_month[size_t(stage)] == 0) r.first_month[size_t(stage)] = int32_t(i + 1);
        if ((i + 1) % 12 != 0) continue;
        r.yearly_stage.push_back(uint8_t(stage));
        const World view = record_view(history[i]);
        for (const std::string& name : spec.indicators) {
            double value = 0.0;
            read_metric(view, name, &value);
            r.yearly.push_back(value);
        }
    }
    for (const Session::GoalStatus& goal : session->goal_status()) r.goals_met.push_back(!goal.decided ? 2 : goal.met ? 1 : 0);
    return r;
}

std::vector<GameResult> run_futures(const FuturesSpec& spec, int threads, BatchProgress* progress) {
    std::vector<size_t> jobs(future_job_count(spec));
    for (size_t job = 0; job < jobs.size(); ++job) jobs[job] = job;
    return run_jobs(
        jobs, threads, [&spec, progress](size_t job, std::unique_ptr<Session>*) { return play_future(spec, job, progress); },
        progress);
}

}  // namespace keystone
