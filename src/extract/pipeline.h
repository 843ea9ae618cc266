// The extraction pipeline: one article body in, everything claimline extracts from it out.
// Analyses the text once (Document) and runs every extractor over it in order. Pure and
// deterministic: a function of (body, publication time) only, which is what lets
// `claimline extract` run as a streaming stage on other machines.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "model/extraction.h"
#include "model/timestamp.h"

namespace claimline {


Extraction extract_article(const Document& doc, const Timestamp& published);

}  // namespace claimline
