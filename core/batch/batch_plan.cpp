#include "batch/batch_plan.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "io/fits_reader.h"
#include "pipeline/plan.h"

namespace exo::batch {

namespace fs = std::filesystem;

namespace {
bool dataFileName(const std::string& name)
{
    std::string n = name;
    for (char& c : n)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    auto ends = [&](const char* s) {
        const std::size_t k = std::char_traits<char>::length(s);
        return n.size() >= k && n.compare(n.size() - k, k, s) == 0;
    };
    return ends(".fits") || ends(".fits.gz") || ends(".fit") || ends(".fts") || ends(".gts");
}

std::string trimmed(std::string s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i])))
        ++i;
    return s.substr(i);
}

std::string firstCsvField(const std::string& line)
{
    if (!line.empty() && line.front() == '"') {
        const auto close = line.find('"', 1);
        return close == std::string::npos ? line.substr(1) : line.substr(1, close - 1);
    }
    return trimmed(line.substr(0, line.find(',')));
}
}  // namespace

Result<std::vector<std::string>> listInputs(const std::string& folderOrManifest)
{
    using R = Result<std::vector<std::string>>;
    std::error_code ec;
    const fs::path root(folderOrManifest);
    if (!fs::exists(root, ec))
        return R::failure(ErrorCode::FileNotFound, folderOrManifest);
    std::vector<std::string> out;
    if (fs::is_directory(root, ec)) {
        for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec) && dataFileName(it->path().filename().string()))
                out.push_back(it->path().lexically_normal().string());
        }
        if (ec)
            return R::failure(ErrorCode::NotAFile, folderOrManifest + ": " + ec.message());
    } else {
        std::ifstream f(root);
        if (!f)
            return R::failure(ErrorCode::FileNotFound, folderOrManifest);
        const fs::path base = root.parent_path();
        std::string line;
        bool first = true;
        while (std::getline(f, line)) {
            const std::string t = trimmed(line);
            if (t.empty() || t.front() == '#')
                continue;
            std::string p = firstCsvField(t);
            if (first) {
                first = false;
                std::string h = p;
                for (char& c : h)
                    c = char(std::tolower(static_cast<unsigned char>(c)));
                if (h == "path" || h == "file" || h == "filename")
                    continue;
            }
            if (p.empty())
                continue;
            fs::path fp(p);
            if (fp.is_relative())
                fp = base / fp;
            out.push_back(fp.lexically_normal().string());
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty())
        return R::failure(ErrorCode::NoRows, folderOrManifest + ": no .fits or .gts file");
    return R::success(std::move(out));
}

Result<std::vector<FileInfo>> manifestStars(const std::string& manifest)
{
    using R = Result<std::vector<FileInfo>>;
    std::error_code ec;
    if (fs::is_directory(manifest, ec))
        return R::success({});
    std::ifstream f(manifest);
    if (!f)
        return R::failure(ErrorCode::FileNotFound, manifest);
    auto split = [](const std::string& line) {
        std::vector<std::string> out;
        std::string cur;
        bool quoted = false;
        for (char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted) {
                out.push_back(trimmed(cur));
                cur.clear();
            } else
                cur += c;
        }
        out.push_back(trimmed(cur));
        return out;
    };
    std::string line;
    long pathCol = -1, starCol = -1, lineNo = 0;
    std::vector<FileInfo> out;
    const fs::path base = fs::path(manifest).parent_path();
    while (std::getline(f, line)) {
        ++lineNo;
        const std::string t = trimmed(line);
        if (t.empty() || t.front() == '#')
            continue;
        const auto fields = split(t);
        if (pathCol < 0) {  // the header
            for (std::size_t i = 0; i < fields.size(); ++i) {
                std::string h = fields[i];
                for (char& c : h)
                    c = char(std::tolower(static_cast<unsigned char>(c)));
                if (h == "path" || h == "file" || h == "filename")
                    pathCol = long(i);
                if (h == "star")
                    starCol = long(i);
            }
            if (pathCol < 0 || starCol < 0)
                return R::success({});
            continue;
        }
        if (std::size_t(std::max(pathCol, starCol)) >= fields.size() || fields[std::size_t(pathCol)].empty())
            return R::failure(ErrorCode::InvalidParameter,
                              manifest + ": line " + std::to_string(lineNo) + ": missing path or star");
        FileInfo fi;
        fs::path fp(fields[std::size_t(pathCol)]);
        if (fp.is_relative())
            fp = base / fp;
        fi.path = fp.lexically_normal().string();
        const std::string& star = fields[std::size_t(starCol)];
        const auto sp = star.find_last_of(' ');
        char* end = nullptr;
        const long long id = sp == std::string::npos ? -1 : std::strtoll(star.c_str() + sp + 1, &end, 10);
        if (sp == std::string::npos || !end || *end || id < 0)
            return R::failure(ErrorCode::InvalidParameter, manifest + ": line " + std::to_string(lineNo) + ": star '"
                                                               + star + "' (expected e.g. KIC 9002278)");
        fi.meta.idPrefix = star.substr(0, sp);
        fi.meta.targetId = id;
        fi.meta.mission = fi.meta.idPrefix == "KIC"    ? Mission::Kepler
                          : fi.meta.idPrefix == "EPIC" ? Mission::K2
                          : fi.meta.idPrefix == "TIC"  ? Mission::TESS
                                                       : Mission::Unknown;
        fi.meta.product = ProductType::LightCurve;  // unknown until read; only grouping uses it
        fi.meta.path = fi.path;
        out.push_back(std::move(fi));
    }
    std::sort(out.begin(), out.end(), [](const FileInfo& a, const FileInfo& b) { return a.path < b.path; });
    out.erase(
        std::unique(out.begin(), out.end(), [](const FileInfo& a, const FileInfo& b) { return a.path == b.path; }),
        out.end());
    if (out.empty())
        return R::failure(ErrorCode::NoRows, manifest + ": no file");
    return R::success(std::move(out));
}

FileInfo describeFile(const std::string& path)
{
    FileInfo fi;
    fi.path = path;
    auto p = io::probe(path);
    if (!p.ok()) {
        fi.status = p.status;
        return fi;
    }
    fi.meta = p.value.meta;
    if (fi.meta.product == ProductType::Unknown)
        fi.status = Status::error(ErrorCode::Unsupported, path);
    return fi;
}

std::vector<BatchStar> groupStars(const std::vector<FileInfo>& files)
{
    std::vector<pipeline::ProductInfo> products;
    std::vector<BatchStar> broken;
    for (const auto& f : files) {
        if (f.status.ok()) {
            pipeline::ProductInfo p;
            p.path = f.path;
            p.meta = f.meta;
            products.push_back(std::move(p));
            continue;
        }
        BatchStar s;
        s.key = "file:" + f.path;
        s.label = f.path;
        s.files = {f.path};
        s.status = f.status;
        broken.push_back(std::move(s));
    }
    std::vector<BatchStar> out;
    for (const auto& g : pipeline::groupStars(products)) {
        BatchStar s;
        const Metadata& m = products[g.members.front()].meta;
        s.key = g.key;
        s.label = m.targetLabel();
        s.objectName = g.objectName;
        s.mission = m.mission;
        s.targetId = m.targetId;
        for (std::size_t i : g.members)
            s.files.push_back(products[i].path);
        std::sort(s.files.begin(), s.files.end());
        out.push_back(std::move(s));
    }
    std::sort(broken.begin(), broken.end(), [](const BatchStar& a, const BatchStar& b) { return a.key < b.key; });
    for (auto& b : broken)
        out.push_back(std::move(b));
    return out;
}

std::vector<BatchStar> shardOf(const std::vector<BatchStar>& stars, int index, int count)
{
    std::vector<BatchStar> out;
    if (count <= 0 || index < 0 || index >= count)
        return out;
    for (std::size_t i = std::size_t(index); i < stars.size(); i += std::size_t(count))
        out.push_back(stars[i]);
    return out;
}

bool parseShard(const std::string& text, int& index, int& count)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 >= text.size())
        return false;
    auto num = [](const std::string& s, int& v) {
        if (s.empty() || s.size() > 6)
            return false;
        for (char c : s)
            if (!std::isdigit(static_cast<unsigned char>(c)))
                return false;
        v = std::stoi(s);
        return true;
    };
    int i = 0, n = 0;
    if (!num(text.substr(0, slash), i) || !num(text.substr(slash + 1), n))
        return false;
    if (n < 1 || n > 100000 || i >= n)
        return false;
    index = i;
    count = n;
    return true;
}

}  // namespace exo::batch
