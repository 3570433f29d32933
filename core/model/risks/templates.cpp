#include "model/risks/templates.hpp"

namespace kanri::model::risks {
namespace {

const std::vector<Template>& all() {
    static const std::vector<Template> t = {
        {"service_outage",
         {"Outage of a service", "サービスの停止"},
         {"A service is unavailable to its customers for longer than its SLA allows.", "サービスが SLA で許容される時間を超えて顧客に提供できなくなる。"},
         {"A single region or data centre; capacity exhausted; an untested failover.", "単一のリージョンやデータセンターへの依存、キャパシティの枯渇、未検証の切替手順。"},
         {"The service stops or degrades beyond its availability target.", "サービスが停止する、または可用性目標を下回るほど劣化する。"},
         {"SLA targets missed, service credits, customers' own operations disrupted.", "SLA 目標の未達、サービスクレジットの支払い、顧客業務の中断。"},
         {"Availability monitoring; continuity plan and its tests (8.7.1, 8.7.2); supplier SLA.", "可用性の監視、事業継続計画とその試験 (8.7.1、8.7.2)、供給者の SLA。"},
         Category::ServiceOutage,
         {"8.7.1", "8.7.2"}},
        {"security_incident",
         {"Information security incident", "情報セキュリティインシデント"},
         {"Customer or service information is exposed, altered or made unavailable by an attack or a mistake.", "攻撃や誤操作により、顧客やサービスの情報が漏えい、改ざん、または利用できなくなる。"},
         {"Unpatched systems, weak access control, phishing, a supplier's weakness.", "未適用のパッチ、弱いアクセス制御、フィッシング、供給者側の弱点。"},
         {"Unauthorised access to or loss of information.", "情報への不正アクセスまたは情報の喪失。"},
         {"Harm to customers, notification duties, loss of trust.", "顧客への被害、報告義務の発生、信頼の喪失。"},
         {"Information security controls and incident handling (8.7.3); supplier security evidence.", "情報セキュリティ管理策とインシデント対応 (8.7.3)、供給者のセキュリティに関する証拠。"},
         Category::SecurityIncident,
         {"8.7.3"}},
        {"legal_violation",
         {"Breach of a legal or contractual obligation", "法令・契約上の義務違反"},
         {"The service breaks a law (personal data protection, for instance) or a contract term.", "サービスが法令 (個人情報保護など) や契約条件に違反する。"},
         {"Obligations not identified or not tracked; data kept in the wrong location by a supplier.", "義務が特定・管理されていない、供給者がデータを不適切な場所に保管している。"},
         {"A legal or contractual requirement is not met.", "法令上または契約上の要求事項が満たされない。"},
         {"Fines, claims, a regulator's order, loss of contracts.", "罰金、損害賠償請求、規制当局からの命令、契約の喪失。"},
         {"Register of legal and contractual obligations (4.2); supplier contracts reviewed.", "法令・契約上の義務の一覧 (4.2)、供給者との契約の見直し。"},
         Category::Legal,
         {"4.2"}},
        {"supplier_failure",
         {"Failure of a supplier", "供給者の障害・撤退"},
         {"A supplier the service depends on fails to deliver, or stops trading.", "サービスが依存する供給者が提供できなくなる、または事業をやめる。"},
         {"One supplier for a critical part; supplier targets that do not match the SLA.", "重要な部分を単一の供給者に依存、供給者の目標が SLA と整合していない。"},
         {"The supplier's part of the service is not delivered.", "供給者が担う部分のサービスが提供されない。"},
         {"Service outage or degradation that the organisation is still accountable for.", "組織が引き続き責任を負うサービスの停止や劣化。"},
         {"Supplier management and performance reviews (8.3.4); exit plans; a second source.", "供給者管理とパフォーマンスレビュー (8.3.4)、撤退時の計画、代替調達先。"},
         Category::SupplierFailure,
         {"8.3.4"}},
        {"capacity_shortfall",
         {"Capacity shortfall", "キャパシティ不足"},
         {"Demand grows beyond what the service's resources can carry.", "需要がサービスの資源で対応できる範囲を超えて増加する。"},
         {"Growth not forecast; no capacity plan; limits of a platform.", "需要増の予測不足、キャパシティ計画の欠如、基盤の上限。"},
         {"Response times and throughput fall below targets.", "応答時間や処理能力が目標を下回る。"},
         {"SLA targets missed, customers unable to work at peak times.", "SLA 目標の未達、ピーク時に顧客が業務を行えない。"},
         {"Capacity management: monitoring, forecasts and a capacity plan (8.4.3).", "キャパシティ管理: 監視、予測、キャパシティ計画 (8.4.3)。"},
         Category::Capacity,
         {"8.4.3"}},
        {"key_person",
         {"Dependency on a key person", "特定の担当者への依存"},
         {"Knowledge or authority needed to run the service rests with one person.", "サービス運営に必要な知識や権限が一人の担当者に集中している。"},
         {"Undocumented procedures; no deputy; a small team.", "手順が文書化されていない、代行者がいない、少人数のチーム。"},
         {"That person leaves or is absent when needed.", "その担当者が退職する、または必要なときに不在となる。"},
         {"Incidents and changes delayed; service quality falls.", "インシデント対応や変更が遅れ、サービス品質が低下する。"},
         {"Competence and resources planned (7.1, 7.2); documented procedures; deputies trained.", "資源と力量の計画 (7.1、7.2)、手順の文書化、代行者の育成。"},
         Category::People,
         {"7.1", "7.2"}},
        {"change_outage",
         {"Outage caused by a change", "変更に起因するサービス停止"},
         {"A change to a service or its infrastructure causes an outage or a defect.", "サービスや基盤への変更が、停止や不具合を引き起こす。"},
         {"Changes not assessed or tested; no way back; changes made outside the process.", "変更の評価や試験の不足、切り戻し手段の欠如、プロセス外での変更。"},
         {"The service fails after a change.", "変更後にサービスが正常に動作しなくなる。"},
         {"Outage, rework, customers affected during the change window and after.", "サービス停止、手戻り、変更作業中および作業後の顧客への影響。"},
         {"Change management with assessment, approval and a way back (8.5.1); release testing (8.5.3).", "評価・承認・切り戻し計画を伴う変更管理 (8.5.1)、リリースの試験 (8.5.3)。"},
         Category::ServiceOutage,
         {"8.5.1"}},
    };
    return t;
}

} // namespace

std::span<const Template> templates() { return all(); }

const Template* findTemplate(std::string_view code) {
    for (const Template& t : all())
        if (t.code == code) return &t;
    return nullptr;
}

Fields templateFields(const Template& t, Lang lang) {
    Risk r;
    r.title = t.title[lang];
    r.description = t.description[lang];
    r.cause = t.cause[lang];
    r.event = t.event[lang];
    r.consequence = t.consequence[lang];
    r.controls = t.controls[lang];
    r.category = t.category;
    return fieldsOf(r);
}

} // namespace kanri::model::risks
