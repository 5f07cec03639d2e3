/// @file header_scan.cpp
/// The header pre-scan: every card of every header, then the geometry each HDU
/// claims, with checked arithmetic, against the real size of the file. Nothing
/// here allocates in proportion to a header value.
#include "io/header_scan.h"

#include <fitsio.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "io/header_card.h"

namespace exo::io::detail {

// ---------------------------------------------------------------- sources

FileSource::FileSource(const std::string& path)
{
    m_file = std::fopen(path.c_str(), "rb");
    if (!m_file)
        return;
    struct stat st {};
    if (fstat(fileno(m_file), &st) == 0)
        m_size = static_cast<long long>(st.st_size);
}

FileSource::~FileSource()
{
    if (m_file)
        std::fclose(m_file);
}

bool FileSource::read(long long offset, char* dst, std::size_t n) const
{
    if (!m_file || offset < 0 || offset > m_size || static_cast<long long>(n) > m_size - offset)
        return false;
    if (fseeko(m_file, static_cast<off_t>(offset), SEEK_SET) != 0)
        return false;
    return std::fread(dst, 1, n, m_file) == n;
}

bool MemorySource::read(long long offset, char* dst, std::size_t n) const
{
    if (offset < 0 || static_cast<std::size_t>(offset) > m_size || n > m_size - static_cast<std::size_t>(offset))
        return false;
    std::memcpy(dst, m_data + offset, n);
    return true;
}

long long storedBytes(const std::string& path, long long apparent)
{
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return apparent;
    long long stored = 0;
    off_t pos = 0;
    int extents = 0;
    bool known = true;
    while (pos < apparent) {
        const off_t data = lseek(fd, pos, SEEK_DATA);
        if (data < 0) {
            known = errno == ENXIO;  // ENXIO: only a hole remains; anything else: cannot tell
            break;
        }
        const off_t hole = lseek(fd, data, SEEK_HOLE);
        if (hole < 0 || hole <= data || ++extents > 100000) {
            known = false;
            break;
        }
        stored += static_cast<long long>(hole - data);
        pos = hole;
    }
    ::close(fd);
    return known ? std::min(stored, apparent) : apparent;
}

// ---------------------------------------------------------------- helpers

namespace {

constexpr long long kBlock = static_cast<long long>(kBlockBytes);
/// Cards kept with their text: the mandatory ones are within the first 3 + 999 + 3.
constexpr std::size_t kKeptCards = 1010;

bool mulOk(long long a, long long b, long long& r) { return !__builtin_mul_overflow(a, b, &r); }
bool addOk(long long a, long long b, long long& r) { return !__builtin_add_overflow(a, b, &r); }

std::string unquote(const std::string& v)
{
    HeaderMap m;
    m.set("K", v);
    return m.str("K").value_or("");
}

const char* typeName(Card::Type t)
{
    switch (t) {
    case Card::Type::Undefined: return "undefined";
    case Card::Type::String: return "a string";
    case Card::Type::Logical: return "a logical";
    case Card::Type::Integer: return "an integer";
    case Card::Type::Float: return "a real number";
    case Card::Type::Complex: return "a complex number";
    }
    return "?";
}

/// One header as read: its value cards in order (commentary cards included as
/// empty-key placeholders so that positions match the file).
struct RawHeader {
    std::vector<Card> cards;
};

class Scanner {
public:
    Scanner(const ByteSource& src, const std::string& name) : m_src(src), m_name(name) {}

    Status run(std::vector<HduInfo>& hdus);

private:
    Status error(ErrorCode code, const std::string& what) const { return Status::error(code, m_name + ": " + what); }
    Status corrupt(int hdu, const std::string& what) const
    {
        return error(ErrorCode::CorruptHeader, "HDU " + std::to_string(hdu) + ": " + what);
    }
    Status readHeader(int index, long long& pos, RawHeader& raw, HduInfo& h);
    Status geometry(const RawHeader& raw, HduInfo& h);
    Status tableColumns(HduInfo& h, long long tfields, bool ascii);

    const ByteSource& m_src;
    const std::string& m_name;
};

Status Scanner::run(std::vector<HduInfo>& hdus)
{
    hdus.clear();
    const long long size = m_src.size();
    long long pos = 0;
    for (int index = 1; pos < size; ++index) {
        if (index > kMaxHdus)
            return corrupt(index, "more than " + std::to_string(kMaxHdus) + " HDUs");
        HduInfo h;
        h.index = index;
        h.headerStart = pos;
        RawHeader raw;
        Status s = readHeader(index, pos, raw, h);
        if (!s.ok())
            return s;
        h.dataStart = pos;
        s = geometry(raw, h);
        if (!s.ok())
            return s;
        long long end = 0;
        if (!addOk(h.dataStart, h.dataBytes, end) || end > size)
            return error(ErrorCode::Truncated, "data of HDU " + std::to_string(index) + " needs "
                                                   + std::to_string(h.dataBytes) + " bytes from byte "
                                                   + std::to_string(h.dataStart) + " but the file has "
                                                   + std::to_string(size));
        const long long blocks = h.dataBytes / kBlock + (h.dataBytes % kBlock ? 1 : 0);
        pos = h.dataStart + blocks * kBlock;  // <= end + 2879, no overflow
        hdus.push_back(std::move(h));
    }
    if (hdus.empty())
        return error(ErrorCode::NotFits, "no HDU");
    return Status::success();
}

Status Scanner::readHeader(int index, long long& pos, RawHeader& raw, HduInfo& h)
{
    const long long size = m_src.size();
    char block[kBlockBytes];
    raw.cards.reserve(kCardsPerBlock * 4);
    bool ended = false;
    bool ascii = false;
    for (int b = 0; !ended; ++b) {
        if (b >= kMaxHeaderBlocks)
            return corrupt(index, "no END card within " + std::to_string(kMaxHeaderBlocks) + " header blocks");
        if (size - pos < kBlock) {
            if (index == 1)
                return error(ErrorCode::Truncated,
                             "primary header incomplete (file has " + std::to_string(size) + " bytes)");
            return error(ErrorCode::Truncated, "header of HDU " + std::to_string(index) + " incomplete at byte "
                                                   + std::to_string(pos) + " of " + std::to_string(size));
        }
        if (!m_src.read(pos, block, kBlockBytes))
            return error(ErrorCode::Truncated, "read error in the header of HDU " + std::to_string(index));
        pos += kBlock;
        for (std::size_t k = 0; k < kCardsPerBlock; ++k) {
            const char* text = block + k * kCardBytes;
            const std::size_t cardNo = raw.cards.size() + 1;
            if (ended) {
                // Fill after END: blanks only (FITS Standard 4.4.1).
                for (std::size_t i = 0; i < kCardBytes; ++i)
                    if (text[i] != ' ')
                        return corrupt(index, "card " + std::to_string(cardNo) + " after END is not blank");
                raw.cards.emplace_back();
                continue;
            }
            Card card;
            std::string why;
            if (!parseCard(text, card, why))
                return corrupt(index, "card " + std::to_string(cardNo) + ": " + why);
            if (cardNo == 1) {
                if (index == 1 && (card.key != "SIMPLE" || card.kind != Card::Kind::Value))
                    return error(ErrorCode::NotFits, "first card is not SIMPLE");
                if (index > 1 && (card.key != "XTENSION" || card.type != Card::Type::String))
                    return corrupt(index, "header does not start with XTENSION");
                ascii = index > 1 && unquote(card.value) == "TABLE";
            }
            if (card.kind == Card::Kind::End) {
                ended = true;
            } else if (card.kind == Card::Kind::Value) {
                const bool structural = isStructuralKey(card.key);
                if (auto want = reservedType(card.key, ascii)) {
                    const bool ok = card.type == *want
                                    || (*want == Card::Type::Float && card.type == Card::Type::Integer)
                                    || (card.type == Card::Type::Undefined && !structural);
                    if (!ok)
                        return corrupt(index, "keyword " + card.key + " must be " + typeName(*want) + ", not "
                                                  + typeName(card.type) + " (" + card.value + ")");
                }
                // Positions matter only for the mandatory keywords at the top of a header.
                const bool keep = raw.cards.size() < kKeptCards;
                if (!h.keys.insert(card.key, keep ? card.value : std::move(card.value)) && structural)
                    return corrupt(index, "keyword " + card.key + " appears more than once");
            }
            if (raw.cards.size() < kKeptCards)
                raw.cards.push_back(std::move(card));
            else
                raw.cards.emplace_back();  // placeholder: keeps card numbers right
        }
    }
    return Status::success();
}

Status Scanner::geometry(const RawHeader& raw, HduInfo& h)
{
    const int i = h.index;
    const auto& cards = raw.cards;
    // Mandatory keywords at fixed positions (FITS Standard 4.4.1): CFITSIO reads them by position.
    std::size_t at = 1;
    auto expect = [&](const std::string& key) -> bool {
        return at < cards.size() && cards[at].key == key && cards[at].kind == Card::Kind::Value
               && cards[at].type != Card::Type::Undefined;
    };
    auto integerAt = [&](const std::string& key, long long& v) -> Status {
        if (!expect(key))
            return corrupt(i, "mandatory keyword " + key + " missing or not at card " + std::to_string(at + 1));
        auto x = parseInteger(cards[at].value);
        if (!x)
            return corrupt(i, "keyword " + key + " = " + cards[at].value + " is not a representable integer");
        v = *x;
        ++at;
        return Status::success();
    };

    if (i == 1) {
        if (cards.front().value != "T")
            return error(ErrorCode::NotFits, "SIMPLE = " + cards.front().value + " (file does not conform to FITS)");
        h.type = IMAGE_HDU;
    } else {
        const std::string x = unquote(cards.front().value);
        if (x == "IMAGE" || x == "IUEIMAGE")
            h.type = IMAGE_HDU;
        else if (x == "BINTABLE" || x == "A3DTABLE")
            h.type = BINARY_TBL;
        else if (x == "TABLE")
            h.type = ASCII_TBL;
        else
            return error(ErrorCode::Unsupported,
                         "HDU " + std::to_string(i) + ": extension type '" + x + "' is not supported");
    }
    long long bitpix = 0, naxis = 0;
    Status s = integerAt("BITPIX", bitpix);
    if (!s.ok())
        return s;
    if (bitpix != 8 && bitpix != 16 && bitpix != 32 && bitpix != 64 && bitpix != -32 && bitpix != -64)
        return corrupt(i, "BITPIX = " + std::to_string(bitpix) + " is not 8, 16, 32, 64, -32 or -64");
    s = integerAt("NAXIS", naxis);
    if (!s.ok())
        return s;
    if (naxis < 0 || naxis > kMaxFields)
        return corrupt(i, "NAXIS = " + std::to_string(naxis) + " is outside 0..999");
    for (long long a = 1; a <= naxis; ++a) {
        long long n = 0;
        s = integerAt("NAXIS" + std::to_string(a), n);
        if (!s.ok())
            return s;
        if (n < 0)
            return corrupt(i, "NAXIS" + std::to_string(a) + " = " + std::to_string(n) + " is negative");
        h.naxes.push_back(n);
    }
    long long pcount = 0, gcount = 1;
    if (i > 1) {
        s = integerAt("PCOUNT", pcount);
        if (!s.ok())
            return s;
        s = integerAt("GCOUNT", gcount);
        if (!s.ok())
            return s;
    } else {
        if (h.keys.logical("GROUPS").value_or(false) && !h.naxes.empty() && h.naxes[0] == 0)
            return error(ErrorCode::Unsupported, "random-groups primary HDU is not supported");
        if (h.keys.has("PCOUNT") || h.keys.has("GCOUNT")) {
            pcount = parseInteger(h.keys.str("PCOUNT").value_or("0")).value_or(-1);
            gcount = parseInteger(h.keys.str("GCOUNT").value_or("1")).value_or(-1);
        }
    }
    if (pcount < 0)
        return corrupt(i, "PCOUNT = " + std::to_string(pcount) + " is negative");
    if (gcount != 1)
        return corrupt(i, "GCOUNT = " + std::to_string(gcount) + " (must be 1)");
    if (h.type == IMAGE_HDU && pcount != 0)
        return corrupt(i, "PCOUNT = " + std::to_string(pcount) + " in an image HDU (must be 0)");

    // Data size: |BITPIX|/8 * GCOUNT * (PCOUNT + NAXIS1 * ... * NAXISn), all checked.
    long long elems = naxis > 0 ? 1 : 0;
    for (long long n : h.naxes)
        if (!mulOk(elems, n, elems))
            return corrupt(i, "NAXISn product overflows (the HDU claims more than 2^63 elements)");
    long long bytes = 0;
    if (naxis > 0 && (!addOk(elems, pcount, bytes) || !mulOk(bytes, (bitpix < 0 ? -bitpix : bitpix) / 8, bytes)))
        return corrupt(i, "data size overflows (PCOUNT = " + std::to_string(pcount) + ")");
    h.dataBytes = bytes;
    h.extname = h.keys.str("EXTNAME").value_or("");

    if (h.type == IMAGE_HDU)
        return Status::success();
    // CFITSIO opens a tile-compressed image table as an image and parses its Z keywords
    // on every move: no mission product we read is tile-compressed, so none gets there.
    if (h.keys.logical("ZIMAGE").value_or(false) || h.keys.logical("ZTABLE").value_or(false))
        return error(ErrorCode::Unsupported, "HDU " + std::to_string(i) + ": tile-compressed data is not supported");
    if (bitpix != 8 || naxis != 2)
        return corrupt(i, "a table needs BITPIX = 8 and NAXIS = 2");
    if (h.type == ASCII_TBL && pcount != 0)
        return corrupt(i, "PCOUNT must be 0 in an ASCII table");
    long long tfields = 0;
    s = integerAt("TFIELDS", tfields);
    if (!s.ok())
        return s;
    if (tfields < 0 || tfields > kMaxFields)
        return corrupt(i, "TFIELDS = " + std::to_string(tfields) + " is outside 0..999");
    h.rowBytes = h.naxes[0];
    h.rows = h.naxes[1];
    return tableColumns(h, tfields, h.type == ASCII_TBL);
}

/// "rTa" binary-table format: repeat, type letter, bytes per row.
bool parseBinaryTform(const std::string& tform, ColumnGeom& g)
{
    std::size_t p = 0;
    long long repeat = 1;
    if (p < tform.size() && tform[p] >= '0' && tform[p] <= '9') {
        std::size_t q = p;
        while (q < tform.size() && tform[q] >= '0' && tform[q] <= '9')
            ++q;
        auto r = parseInteger(tform.substr(p, q - p));
        if (!r)
            return false;
        repeat = *r;
        p = q;
    }
    if (p >= tform.size())
        return false;
    const char code = tform[p++];
    long long width = 0;
    switch (code) {
    case 'L':
    case 'B':
    case 'A': width = 1; break;
    case 'I': width = 2; break;
    case 'J':
    case 'E': width = 4; break;
    case 'K':
    case 'D':
    case 'C': width = 8; break;
    case 'M': width = 16; break;
    case 'X': width = 0; break;
    case 'P':
    case 'Q': width = code == 'P' ? 8 : 16; break;
    default: return false;
    }
    const std::string rest = tform.substr(p);
    if (code == 'P' || code == 'Q') {
        // rPt(emax): r is 0 or 1, t an element type, "(emax)" optional.
        if (repeat > 1 || rest.empty() || std::string("LXBIJKAEDCM").find(rest[0]) == std::string::npos)
            return false;
        const std::string tail = rest.substr(1);
        if (!tail.empty()
            && (tail.front() != '(' || tail.back() != ')' || !parseInteger(tail.substr(1, tail.size() - 2))))
            return false;
    } else if (!rest.empty() && !(code == 'A' && parseInteger(rest))) {
        return false;  // only "rAw" (substring width) has a suffix
    }
    g.code = code;
    g.repeat = repeat;
    if (code == 'X')
        g.bytes = repeat / 8 + (repeat % 8 ? 1 : 0);
    else if (!mulOk(repeat, width, g.bytes))
        return false;
    return true;
}

/// ASCII-table format Aw, Iw, Fw.d, Ew.d, Dw.d: the field width in characters.
bool parseAsciiTform(const std::string& tform, ColumnGeom& g)
{
    if (tform.size() < 2 || std::string("AIFED").find(tform[0]) == std::string::npos)
        return false;
    const std::string rest = tform.substr(1);
    const auto dot = rest.find('.');
    auto w = parseInteger(rest.substr(0, dot));
    if (!w || *w < 1)
        return false;
    if (dot != std::string::npos && !parseInteger(rest.substr(dot + 1)))
        return false;
    g.code = tform[0];
    g.repeat = 1;
    g.bytes = *w;
    return true;
}

Status Scanner::tableColumns(HduInfo& h, long long tfields, bool ascii)
{
    const int i = h.index;
    long long offset = 0;
    for (long long c = 1; c <= tfields; ++c) {
        const std::string n = std::to_string(c);
        auto tform = h.keys.str("TFORM" + n);
        if (!tform)
            return corrupt(i, "TFORM" + n + " missing (TFIELDS = " + std::to_string(tfields) + ")");
        ColumnGeom g;
        if (!(ascii ? parseAsciiTform(*tform, g) : parseBinaryTform(*tform, g)))
            return corrupt(i, "TFORM" + n + " = '" + *tform + "' is malformed or overflows");
        if (ascii) {
            auto tbcol = parseInteger(h.keys.str("TBCOL" + n).value_or(""));
            long long last = 0;
            if (!tbcol || *tbcol < 1 || !addOk(*tbcol - 1, g.bytes, last) || last > h.rowBytes)
                return corrupt(i, "TBCOL" + n + " places column " + n + " outside the row of "
                                      + std::to_string(h.rowBytes) + " characters");
            g.offset = *tbcol - 1;
        } else {
            g.offset = offset;
            if (!addOk(offset, g.bytes, offset))
                return corrupt(i, "row width overflows at TFORM" + n);
        }
        if (auto tdim = h.keys.str("TDIM" + n); tdim && !ascii) {
            long long elements = 0;
            if (!parseTdimAxes(*tdim, g.tdim, elements))
                return corrupt(i, "TDIM" + n + " = '" + *tdim + "' is malformed or overflows");
            if (elements > g.repeat)
                return corrupt(i, "TDIM" + n + " = '" + *tdim + "' holds " + std::to_string(elements)
                                      + " elements but TFORM" + n + " has " + std::to_string(g.repeat));
        }
        h.columns.push_back(h.keys.str("TTYPE" + n).value_or(""));
        h.geom.push_back(std::move(g));
    }
    if (!ascii && offset != h.rowBytes)
        return corrupt(i, "the columns' widths add up to " + std::to_string(offset)
                              + " bytes but NAXIS1 = " + std::to_string(h.rowBytes));
    if (!ascii && h.keys.has("THEAP")) {
        auto theap = parseInteger(h.keys.str("THEAP").value_or(""));
        long long table = 0;
        mulOk(h.rowBytes, h.rows, table);  // cannot overflow: the data size did not
        if (!theap || *theap < table || *theap > h.dataBytes)
            return corrupt(i, "THEAP points outside the data unit");
    }
    return Status::success();
}

}  // namespace

bool parseTdimAxes(const std::string& tdim, std::vector<long long>& axes, long long& elements)
{
    axes.clear();
    elements = 1;
    std::size_t p = tdim.find_first_not_of(' ');
    if (p == std::string::npos || tdim[p] != '(')
        return false;
    const auto close = tdim.find(')', p);
    if (close == std::string::npos || tdim.find_first_not_of(' ', close + 1) != std::string::npos)
        return false;
    std::size_t start = p + 1;
    while (start <= close) {
        std::size_t comma = tdim.find(',', start);
        if (comma == std::string::npos || comma > close)
            comma = close;
        auto v = parseInteger(tdim.substr(start, comma - start));
        if (!v || *v < 0 || axes.size() >= std::size_t(kMaxFields) || !mulOk(elements, *v, elements))
            return false;
        axes.push_back(*v);
        start = comma + 1;
    }
    return !axes.empty();
}

Status scanHeaders(const ByteSource& src, const std::string& name, std::vector<HduInfo>& hdus)
{
    return Scanner(src, name).run(hdus);
}

}  // namespace exo::io::detail
