// The session's timeline sentences as messages (sim/message.h): who answered an event, and the
// sentences known only as English text (games saved before save version 8, run.json's events).
#pragma once
#include <string>
#include <vector>

#include "sim/content.h"
#include "sim/message.h"

namespace keystone {

// Who answered an event: "player", "ai:STRATEGY", "default, unanswered" or a script's own source.
Message source_arg(const std::string& source);

// A timeline entry known only by its kind and English text (a game saved before version 8, an
// event line of run.json) as the message the session writes for it today, with the loaded content's names (a save's content hash matched):
// a policy enacted, repealed, expired or past its credit line, an event raised or answered, a
// refused command, the start, a reload, a disabled script. Empty when the text is none of these
// (a script's own log line, a rules sentence): the client then shows the text as written. The
// message's English is always the text itself.
Message log_message_of_text(const std::string& kind, const std::string& text, const ScenarioDef& scenario,
                           const std::vector<PolicyDef>& policies, const std::vector<EventDef>& events);

}  // namespace keystone
