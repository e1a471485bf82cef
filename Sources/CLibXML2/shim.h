#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its headers then include ICU's, which clash with the ICU module
// Foundation ships. Vorleser never touches libxml2's converter structs, so it reads the headers without ICU.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer; Swift's strict concurrency rejects reading it directly.
static inline void vorleser_xml_free(void *pointer) { xmlFree(pointer); }
