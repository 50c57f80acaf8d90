# `make install` and `make uninstall` (included by the Makefile): the stripped
# binary, the man page readoutdiff(1), bash and zsh completions, the
# built-in lexicons under share/readoutdiff/lexicons/ as examples for
# --lexicons, and the JSON Schemas of the reports under share/readoutdiff/schema/. PREFIX (default /usr/local) and DESTDIR as usual; `make deb`
# builds the Debian package (debian/) in $(BUILD)/deb/.
PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
DATADIR     ?= $(PREFIX)/share
MANDIR      ?= $(DATADIR)/man
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
# zsh looks in $(PREFIX)/share/zsh/site-functions; Debian's own packages use vendor-completions.
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
INSTALL     ?= install
# -s strips the binary (INSTALL_STRIP= keeps its symbols).
INSTALL_STRIP ?= -s
VERSION     := $(shell sed -n 's/.*kVersion = "\(.*\)";.*/\1/p' src/version.h)
LEXICON_DIR  = $(DATADIR)/readoutdiff/lexicons
SCHEMA_DIR   = $(DATADIR)/readoutdiff/schema
SCHEMAS     := $(sort $(wildcard schema/*.schema.json))

# The completions offer the topic ids of the built-in lexicons (corpus/lexicons/topics.tsv).
COMPLETIONS := $(BUILD)/completions/readoutdiff.bash $(BUILD)/completions/_readoutdiff
.PHONY: completions install uninstall deb
completions: $(COMPLETIONS)
$(BUILD)/completions/%: dist/% tools/complete_topics.sh corpus/lexicons/topics.tsv
	@mkdir -p $(@D)
	sh tools/complete_topics.sh $< corpus/lexicons/topics.tsv $@

install: $(BUILD)/readoutdiff $(COMPLETIONS)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(LEXICON_DIR) $(DESTDIR)$(SCHEMA_DIR)
	$(INSTALL) -m 755 $(INSTALL_STRIP) $(BUILD)/readoutdiff $(DESTDIR)$(BINDIR)/readoutdiff
	sed -e 's|@VERSION@|$(VERSION)|g' -e 's|@DATADIR@|$(DATADIR)|g' dist/readoutdiff.1 >$(BUILD)/readoutdiff.1
	$(INSTALL) -m 644 $(BUILD)/readoutdiff.1 $(DESTDIR)$(MANDIR)/man1/readoutdiff.1
	$(INSTALL) -m 644 $(BUILD)/completions/readoutdiff.bash $(DESTDIR)$(BASHCOMPDIR)/readoutdiff
	$(INSTALL) -m 644 $(BUILD)/completions/_readoutdiff $(DESTDIR)$(ZSHCOMPDIR)/_readoutdiff
	$(INSTALL) -m 644 $(LEXICONS) $(DESTDIR)$(LEXICON_DIR)/
	$(INSTALL) -m 644 $(SCHEMAS) $(DESTDIR)$(SCHEMA_DIR)/

# Removes what install put there, and the three folders of its own if left empty
# (a file a user added to them stays).
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/readoutdiff $(DESTDIR)$(MANDIR)/man1/readoutdiff.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/readoutdiff $(DESTDIR)$(ZSHCOMPDIR)/_readoutdiff \
	    $(addprefix $(DESTDIR)$(LEXICON_DIR)/,$(notdir $(LEXICONS))) $(addprefix $(DESTDIR)$(SCHEMA_DIR)/,$(notdir $(SCHEMAS)))
	-rmdir $(DESTDIR)$(LEXICON_DIR) $(DESTDIR)$(SCHEMA_DIR) $(DESTDIR)$(DATADIR)/readoutdiff 2>/dev/null

# The Debian package, built with Debian's tools in a copy of the tree (dpkg-buildpackage
# cleans the tree it builds in, which would remove $(BUILD)/); the .deb lands in $(BUILD)/deb/.
deb:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES) build-essential debhelper"
	sh tools/build_deb.sh $(BUILD)/deb
