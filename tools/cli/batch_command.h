// keystone-cli batch and its sweep mode: shared pieces (MPI set-up, distributing the games).
#pragma once
#include <string>
#include <vector>

#include "session/batch.h"

namespace keystone::cli {

int batch_command(const std::vector<std::string>& args);  // keystone-cli batch ...
// Runs a sweep file with the batch's scripts, overrides and threads; writes JSON to out_path
// (stdout when empty) and prints the sensitivity table.
int sweep_command(const std::string& sweep_path, BatchSpec spec, int threads, bool mpi, const std::string& out_path);
// Plays the spec's games in this process or, with mpi, over the ranks (rank 0 gets every result
// in job order, *is_root tells the caller whether it is rank 0). Throws on MPI errors.
std::vector<GameResult> run_distributed(const BatchSpec& spec, int threads, bool mpi, bool* is_root);
void mpi_finish();
// run_distributed, then MPI finalized; false with *error on failure (the caller reports it).
bool play_games(const BatchSpec& spec, int threads, bool mpi, std::vector<GameResult>* results, bool* is_root, std::string* error);
// Fills spec->combos with every scenario x strategy ("default": the scenario's own AI); "" or why not.
std::string resolve_combos(BatchSpec* spec, const std::vector<std::string>& scenarios, const std::vector<std::string>& strategies);

}  // namespace keystone::cli
