// `claimline eval KIND ...`: scores an extractor against annotated data in the corpus's own
// format. Each kind is a file pair cli/cmd_eval_<kind>.cc over the library's eval/ layer.
#include "cli/commands.h"

namespace claimline::cli {

void setup_eval(CLI::App& app, Global& g) {
  auto* eval = app.add_subcommand(
      "eval", "Score an extractor on annotated data (times, quotes, stance, events)");
  eval->require_subcommand(1);
  (void)g;
  // Each evaluator registers itself here.
  setup_eval_times(eval, g);
  setup_eval_events(eval, g);
  setup_eval_quotes(eval, g);
  setup_eval_stance(eval, g);
}

}  // namespace claimline::cli
