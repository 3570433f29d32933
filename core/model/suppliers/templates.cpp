#include "model/suppliers/templates.hpp"

namespace kanri::model::suppliers {
namespace {

// Our own wording of common practice (domain.md §4.5), not text of any standard.
const TemplateRow kRows[] = {
    {"8.2.3", {"Supplier evaluation and selection criteria", "供給者の評価及び選定の基準"}, "STA-08", {"O:AR S:C", "O:AR S:C", "O:AR S:C"}},
    {"8.3.4.1", {"Supplier contract with SLA, responsibility annex and exit terms", "SLA、責任分担の付属書及び終了条件を含む供給者との契約"}, "STA-09", {"O:AR S:R", "O:AR S:R", "O:AR S:R"}},
    {"8.3.4.1", {"Supplier performance review against the customer SLAs", "顧客 SLA に照らした供給者のパフォーマンスのレビュー"}, "STA-10", {"O:AR S:C C:I", "O:AR S:C C:I", "O:AR S:C C:I"}},
    {"8.3.3/9.4", {"Customer SLA definition and service reporting", "顧客 SLA の定義及びサービスの報告"}, "", {"O:AR S:C C:C", "O:AR S:C C:C", "O:AR S:C C:C"}},
    {"8.7.3.2", {"Physical data centre security", "データセンターの物理的セキュリティ"}, "", {"S:AR O:I", "S:AR O:I", "S:AR O:I"}},
    {"8.7.3.2", {"Physical hosts, hypervisor and physical network", "物理ホスト、ハイパーバイザー及び物理ネットワーク"}, "", {"S:AR O:I", "S:AR O:I", "S:AR O:I"}},
    {"8.5.1/8.7.3.2", {"Guest operating system patching and hardening", "ゲスト OS のパッチ適用及び堅牢化"}, "", {"O:AR S:I", "S:AR O:I", "S:AR O:I"}},
    {"8.5.1", {"Middleware and runtime patching", "ミドルウェア及びランタイムのパッチ適用"}, "", {"O:AR", "S:AR O:I", "S:AR O:I"}},
    {"8.7.3.2", {"Network controls (segmentation, firewall rules)", "ネットワーク管理策 (セグメント分割、ファイアウォールのルール)"}, "", {"O:AR S:C", "O:AR S:R", "S:AR O:I"}},
    {"8.5.3", {"Application build, release and deployment", "アプリケーションの構築、リリース及び展開"}, "", {"O:AR", "O:AR S:C", "S:AR O:I C:I"}},
    {"8.2.6", {"Tenant and service configuration settings", "テナント及びサービスの構成設定"}, "", {"O:AR", "O:AR", "O:AR S:C"}},
    {"8.7.3.2", {"Identity and directory infrastructure (IdP platform)", "ID 及びディレクトリの基盤 (IdP プラットフォーム)"}, "", {"O:AR", "O:AR S:R", "O:AR S:R"}},
    {"8.7.3.2", {"User accounts, privileges, MFA and access reviews", "利用者アカウント、特権、多要素認証及びアクセスのレビュー"}, "", {"O:AR S:I", "O:AR S:I", "O:AR S:I"}},
    {"8.7.3.2", {"Data classification, retention and protection", "データの分類、保持及び保護"}, "", {"O:AR C:C", "O:AR C:C", "O:AR C:C"}},
    {"8.7.3.2", {"Encryption and key management", "暗号化及び鍵管理"}, "", {"O:AR S:R", "O:AR S:R", "O:A S:R"}},
    {"8.7.3.2", {"Endpoint devices used to reach the service", "サービスの利用に使う端末"}, "", {"O:AR", "O:AR", "O:AR"}},
    {"8.6.1", {"Platform incident detection and resolution", "プラットフォームのインシデントの検知及び解決"}, "", {"O:A S:R C:I", "O:A S:R C:I", "O:A S:R C:I"}},
    {"8.6.1", {"Workload and application incident resolution", "ワークロード及びアプリケーションのインシデントの解決"}, "", {"O:AR S:C C:I", "O:AR S:C C:I", "O:A S:R C:I"}},
    {"8.7.3.3", {"Security incident notification and handling", "情報セキュリティインシデントの通知及び対応"}, "", {"O:AR S:R C:I", "O:AR S:R C:I", "O:AR S:R C:I"}},
    {"8.6.3", {"Root cause analysis of supplier-caused outages", "供給者が原因の停止の根本原因分析"}, "", {"O:A S:R", "O:A S:R", "O:A S:R"}},
    {"8.5.1", {"Supplier platform changes (notice, impact on us)", "供給者のプラットフォーム変更 (事前通知、自組織への影響)"}, "", {"S:AR O:C", "S:AR O:C", "S:AR O:C C:I"}},
    {"8.4.3", {"Capacity: physical pool and platform scaling", "キャパシティ: 物理リソース及びプラットフォームの拡張"}, "", {"S:AR", "S:AR", "S:AR"}},
    {"8.4.3", {"Capacity: workload sizing, quotas and licences", "キャパシティ: ワークロードの規模、クォータ及びライセンス"}, "", {"O:AR S:C", "O:AR S:C", "O:AR S:C"}},
    {"8.7.1", {"Platform availability under the supplier's SLA", "供給者の SLA に基づくプラットフォームの可用性"}, "", {"S:AR O:I", "S:AR O:I", "S:AR O:I"}},
    {"8.7.1", {"End-to-end availability design (zones, redundancy)", "エンドツーエンドの可用性設計 (ゾーン、冗長化)"}, "", {"O:AR S:C", "O:AR S:C", "O:A S:R"}},
    {"8.7.2", {"Backup of customer data and restore tests", "顧客データのバックアップ及び復元テスト"}, "", {"O:AR S:C", "O:AR S:R", "O:A S:R"}},
    {"8.7.2", {"Service continuity and disaster recovery plan and tests", "サービス継続及び災害復旧の計画とテスト"}, "", {"O:AR S:C C:I", "O:AR S:C C:I", "O:AR S:C C:I"}},
    {"8.2.5/8.2.6", {"Cloud resources and licences recorded in the CMDB", "クラウドリソース及びライセンスの CMDB への記録"}, "", {"O:AR S:C", "O:AR S:C", "O:AR S:C"}},
    {"9.1", {"Logging and monitoring (platform and workload logs)", "ログ取得及び監視 (プラットフォーム及びワークロードのログ)"}, "", {"S:R O:AR", "S:R O:AR", "S:R O:A"}},
    {"9.2", {"Supplier assurance evidence (SOC 2, ISO/IEC 27001, CCM/CAIQ)", "供給者の保証の証拠 (SOC 2、ISO/IEC 27001、CCM/CAIQ)"}, "STA-14", {"O:A S:R", "O:A S:R", "O:A S:R"}},
    {"8.3.4.1", {"Return and deletion of data at contract exit", "契約終了時のデータの返却及び削除"}, "", {"O:A S:R", "O:A S:R", "O:A S:R"}},
    {"8.7.3.2", {"Vulnerability management (operating system and platform, application code)", "脆弱性管理 (OS 及びプラットフォーム、アプリケーションのコード)"}, "", {"O:AR S:C", "O:AR S:R", "O:A S:R"}},
};

const char* partyCode(char c) { return c == 'O' ? "ORG" : c == 'S' ? "CSP" : "CUST"; }

} // namespace

std::span<const TemplateRow> templateRows() { return kRows; }

MatrixDraft builtInTemplate(ServiceModel model, TemplateLang lang) {
    const int column = model == ServiceModel::PaaS ? 1 : model == ServiceModel::SaaS ? 2 : 0;
    static const char* kModelNames[] = {"IaaS", "PaaS", "SaaS"};
    MatrixDraft d;
    d.matrix.serviceModel = column == 1 ? ServiceModel::PaaS : column == 2 ? ServiceModel::SaaS : ServiceModel::IaaS;
    d.matrix.title = lang == Ja ? std::string("責任分担マトリクス (") + kModelNames[column] + ")"
                                : std::string("Responsibility matrix (") + kModelNames[column] + ")";
    d.matrix.parties = {
        {"ORG", lang == Ja ? "当社 (SMS の適用範囲)" : "Our organisation (SMS scope)", PartyKind::Organization, "", "", ""},
        {"CSP", lang == Ja ? "クラウド事業者" : "Cloud supplier", PartyKind::Supplier, "", "", ""},
        {"CUST", lang == Ja ? "顧客" : "Customer", PartyKind::Customer, "", "", ""},
    };
    int64_t order = 0;
    for (const TemplateRow& t : kRows) {
        RaciRow r;
        r.order = ++order;
        r.group = std::string(t.group);
        r.activity = t.activity[lang];
        r.ccm = std::string(t.ccm);
        // "O:AR S:C C:I"
        const std::string_view cells = t.cells[static_cast<size_t>(column)];
        size_t i = 0;
        while (i < cells.size()) {
            const size_t end = std::min(cells.find(' ', i), cells.size());
            const std::string_view part = cells.substr(i, end - i);
            Letters l = 0;
            if (part.size() > 2 && parseLetters(part.substr(2), l)) r.set(partyCode(part[0]), l);
            i = end + 1;
        }
        d.rows.push_back(std::move(r));
    }
    return d;
}

} // namespace kanri::model::suppliers
