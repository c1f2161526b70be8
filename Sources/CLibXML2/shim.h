#ifndef TENDERLINT_CLIBXML2_SHIM_H
#define TENDERLINT_CLIBXML2_SHIM_H

// libxml2's headers pull in ICU's, which clash with the copy inside Foundation
// and break a clean build. Read the version header first and switch ICU off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/entities.h>
#include <libxml/xmlschemas.h>
#include <libxml/tree.h>

#endif
