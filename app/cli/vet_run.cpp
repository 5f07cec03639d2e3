// The CLI's vetting run is core's pipeline::vetCandidates (see vet_run.h).
#include "cli/vet_run.h"
