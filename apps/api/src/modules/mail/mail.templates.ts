import type { Locale, NotificationType } from '@alliance/contracts';

export interface MailContent {
  subject: string;
  text: string;
}

const SIGNATURE = {
  en: 'Jiangsu Overseas Park High-Quality Development Alliance — Secretariat',
  zh: '江苏境外园区高质量发展联盟秘书处',
};

export const mailTemplates = {
  /**
   * The organization's name never ends a sentence ("… Co.." read badly); an invitation sent on the
   * approval of a membership application says so and quotes the application's reference.
   */
  invitation(
    locale: Locale,
    p: { name: string; organization: string; link: string; approvedApplication?: string },
  ): MailContent {
    if (locale === 'zh') {
      const opening = p.approvedApplication
        ? `“${p.organization}”的入盟申请（编号 ${p.approvedApplication}）已获秘书处批准，您是该成员单位在联盟门户的管理员。`
        : `您已被邀请以“${p.organization}”成员身份使用联盟门户。`;
      return {
        subject: p.approvedApplication ? `入盟申请已获批准（${p.approvedApplication}）` : '邀请您加入联盟门户',
        text: `${p.name}，您好：

${opening}请在 7 天内打开以下链接设置密码：

${p.link}

${SIGNATURE.zh}`,
      };
    }
    const opening = p.approvedApplication
      ? `The secretariat has approved the membership application of “${p.organization}” (reference ${p.approvedApplication}), and you are its administrator on the Alliance Portal.`
      : `You have been invited to join “${p.organization}” on the Alliance Portal.`;
    return {
      subject: p.approvedApplication
        ? `Your membership application is approved (${p.approvedApplication})`
        : 'Your invitation to the Alliance Portal',
      text: `Dear ${p.name},

${opening}

Set your password within 7 days at:

${p.link}

${SIGNATURE.en}`,
    };
  },
  passwordReset(locale: Locale, p: { name: string; link: string }): MailContent {
    return locale === 'zh'
      ? {
          subject: '重置联盟门户密码',
          text: `${p.name}，您好：\n\n请在 1 小时内打开以下链接重置密码（仅可使用一次）：\n\n${p.link}\n\n如果不是您本人操作，请忽略此邮件。\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: 'Reset your Alliance Portal password',
          text: `Dear ${p.name},\n\nOpen this link within one hour to choose a new password (it works once):\n\n${p.link}\n\nIf you did not ask for this, ignore this message.\n\n${SIGNATURE.en}`,
        };
  },
  applicationReceived(locale: Locale, p: { name: string; organization: string; reference: string }): MailContent {
    return locale === 'zh'
      ? {
          subject: `入盟申请已收到（${p.reference}）`,
          text: `${p.name}，您好：\n\n我们已收到“${p.organization}”的入盟申请，编号 ${p.reference}。秘书处审核后会通过邮件告知结果；如有疑问，请在来信中注明此编号。\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `We received your membership application (${p.reference})`,
          text: `Dear ${p.name},\n\nWe have received the membership application of ${p.organization}, reference ${p.reference}. The secretariat will review it and write to you with its decision; please quote the reference in any message about it.\n\n${SIGNATURE.en}`,
        };
  },
  applicationRejected(
    locale: Locale,
    p: { name: string; organization: string; reference: string; reason: string },
  ): MailContent {
    return locale === 'zh'
      ? {
          subject: `关于您的入盟申请（${p.reference}）`,
          text: `${p.name}，您好：\n\n感谢“${p.organization}”申请加入联盟。经秘书处审核，本次申请（编号 ${p.reference}）未获通过，原因如下：\n\n${p.reason}\n\n欢迎在情况变化后再次申请。\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `Your membership application (${p.reference})`,
          text: `Dear ${p.name},\n\nThank you for the application of ${p.organization} to join the alliance. The secretariat has reviewed application ${p.reference} and cannot accept it, for this reason:\n\n${p.reason}\n\nYou are welcome to apply again when things change.\n\n${SIGNATURE.en}`,
        };
  },
  postRemoved(locale: Locale, p: { name: string; title: string; reason: string }): MailContent {
    return locale === 'zh'
      ? {
          subject: `您的信息“${p.title}”已被移除`,
          text: `${p.name}，您好：\n\n秘书处已将您在联盟门户发布的信息“${p.title}”移除，原因如下：\n\n${p.reason}\n\n该信息仍保留在记录中，但不再对任何人显示。如有疑问，请联系秘书处。\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `Your post "${p.title}" has been removed`,
          text: `Dear ${p.name},\n\nThe secretariat has removed your post "${p.title}" from the Alliance Portal, for this reason:\n\n${p.reason}\n\nThe post is kept for the record but no longer shown to anyone. Please contact the secretariat with any questions.\n\n${SIGNATURE.en}`,
        };
  },
  postPublished(locale: Locale, p: { name: string; title: string; link: string }): MailContent {
    return locale === 'zh'
      ? {
          subject: `新信息：${p.title}`,
          text: `${p.name}，您好：\n\n您关注的主题有新信息发布：\n\n${p.title}\n${p.link}\n\n可在门户“我的账户”中调整关注内容和邮件提醒方式。\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `New post: ${p.title}`,
          text: `Dear ${p.name},\n\nA post on something you follow has been published:\n\n${p.title}\n${p.link}\n\nChange what you follow and how you are told in My account on the portal.\n\n${SIGNATURE.en}`,
        };
  },
  dailyDigest(
    locale: Locale,
    p: { name: string; items: { title: string; from?: string | null; link: string; post: boolean }[] },
  ): MailContent {
    const from = (i: { from?: string | null }) => (i.from ? (locale === 'zh' ? `（${i.from}）` : ` (${i.from})`) : '');
    const list = p.items.map((i) => `- ${i.title}${from(i)}\n  ${i.link}`).join('\n');
    const n = p.items.length;
    const onlyPosts = p.items.every((i) => i.post);
    return locale === 'zh'
      ? {
          subject: `联盟门户每日摘要：${n} 条${onlyPosts ? '新信息' : '新通知'}`,
          text: `${p.name}，您好：\n\n${onlyPosts ? '以下是您关注主题的最新信息' : '以下是您的最新通知'}：\n\n${list}\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `Your Alliance Portal digest: ${n} ${onlyPosts ? 'new post' : 'update'}${n === 1 ? '' : 's'}`,
          text: `Dear ${p.name},\n\n${onlyPosts ? 'New posts on what you follow' : 'What happened since yesterday'}:\n\n${list}\n\n${SIGNATURE.en}`,
        };
  },
  /** A step on a record someone takes part in (a financing request or review, an event registration); `from` names the institution whose step it was. */
  recordStep(
    locale: Locale,
    p: { name: string; type: NotificationType; title: string; from?: string | null; link: string },
  ): MailContent {
    const named = p.from ? RECORD_STEP_LINES_FROM[p.type] : undefined;
    const line = named
      ? { en: named.en(p.from as string), zh: named.zh(p.from as string) }
      : (RECORD_STEP_LINES[p.type] ?? { en: 'An update on a record you take part in', zh: '您参与的事项有新进展' });
    return locale === 'zh'
      ? {
          subject: `${line.zh}：${p.title}`,
          text: `${p.name}，您好：\n\n${line.zh}：\n\n${p.title}\n${p.link}\n\n${SIGNATURE.zh}`,
        }
      : {
          subject: `${line.en}: ${p.title}`,
          text: `Dear ${p.name},\n\n${line.en}:\n\n${p.title}\n${p.link}\n\n${SIGNATURE.en}`,
        };
  },
};

/** The first line of a step an institution took on a request, naming the institution. */
const RECORD_STEP_LINES_FROM: Partial<
  Record<NotificationType, { en: (from: string) => string; zh: (from: string) => string }>
> = {
  financing_opened: {
    en: (f) => `${f} has started reviewing your financing request`,
    zh: (f) => `${f}已开始审核您的融资需求`,
  },
  financing_question: {
    en: (f) => `${f} has a question about your financing request`,
    zh: (f) => `${f}就您的融资需求提出了问题`,
  },
  financing_offer: {
    en: (f) => `You have received an offer from ${f} for your financing request`,
    zh: (f) => `您的融资需求收到了${f}的报价`,
  },
  financing_declined: { en: (f) => `${f} has declined your financing request`, zh: (f) => `${f}婉拒了您的融资需求` },
  agreement_expiring: {
    en: (when) => `A partner agreement expires on ${when}`,
    zh: (when) => `合作协议将于${when}到期`,
  },
  commitment_due: {
    en: (when) => `A commitment under a partner agreement is due on ${when}`,
    zh: (when) => `合作协议中的一项承诺将于${when}到期`,
  },
  commitment_done: {
    en: (f) => `${f} has marked a commitment under a partner agreement done`,
    zh: (f) => `${f}已将合作协议中的一项承诺标记为完成`,
  },
  service_requested: { en: (f) => `${f} has requested a service you provide`, zh: (f) => `${f}申请了贵单位提供的服务` },
  service_accepted: { en: (f) => `${f} has accepted your service request`, zh: (f) => `${f}已受理您的服务申请` },
  service_delivered: { en: (f) => `${f} has delivered the service you requested`, zh: (f) => `${f}已完成您申请的服务` },
  service_declined: { en: (f) => `${f} has declined your service request`, zh: (f) => `${f}婉拒了您的服务申请` },
  service_rated: {
    en: (f) => `${f} has rated the service you delivered`,
    zh: (f) => `${f}已对贵单位提供的服务作出评价`,
  },
  service_message: {
    en: (f) => `New message from ${f} about a service request`,
    zh: (f) => `${f}就服务申请发来新消息`,
  },
};

/** The first line of a step's e-mail, in both languages. */
const RECORD_STEP_LINES: Partial<Record<NotificationType, { en: string; zh: string }>> = {
  financing_shared: {
    en: 'A financing request has been shared with your institution',
    zh: '有一项融资需求已提交给贵机构',
  },
  financing_revised: { en: 'A financing request you review has been revised', zh: '您审核的融资需求已修改' },
  financing_opened: {
    en: 'An institution has started reviewing your financing request',
    zh: '有机构已开始审核您的融资需求',
  },
  financing_question: {
    en: 'An institution has a question about your financing request',
    zh: '有机构就您的融资需求提出了问题',
  },
  financing_answer: { en: 'The requester has answered your question', zh: '融资需求方已回复您的问题' },
  financing_offer_prepared: { en: 'An offer waits for your release', zh: '有一份报价等待您审批发出' },
  financing_offer: { en: 'You have received an offer for your financing request', zh: '您的融资需求收到了一份报价' },
  financing_declined: { en: 'An institution has declined your financing request', zh: '有机构婉拒了您的融资需求' },
  financing_accepted: { en: 'Your offer has been accepted', zh: '您的报价已被接受' },
  financing_not_accepted: { en: 'The requester has accepted another offer', zh: '融资需求方已接受其他报价' },
  financing_withdrawn: { en: 'A financing request has been withdrawn', zh: '一项融资需求已撤回' },
  financing_closed: {
    en: 'A financing request has been closed without accepting an offer',
    zh: '一项融资需求已关闭，未接受报价',
  },
  event_confirmed: {
    en: 'A seat came free: you are now registered for this event (no longer on the waitlist)',
    zh: '有名额空出：您已从候补名单转为该活动的正式报名',
  },
  brief_submitted: { en: 'A policy brief waits for your review', zh: '有一份政策简报等待您审核' },
  brief_changes_requested: {
    en: 'The secretariat asks for changes to your policy brief',
    zh: '秘书处请您修改政策简报',
  },
  brief_approved: { en: 'The secretariat has published your policy brief', zh: '秘书处已发布您的政策简报' },
  brief_published: { en: 'A policy brief on what you follow has been published', zh: '您关注领域的政策简报已发布' },
  brief_retracted: { en: 'A policy brief has been retracted', zh: '一份政策简报已撤回' },
  issue_submitted: { en: 'A member has raised an issue met abroad', zh: '有成员单位反映了境外遇到的问题' },
  issue_acknowledged: { en: 'The secretariat has taken up your issue', zh: '秘书处已受理您反映的问题' },
  issue_relayed: {
    en: 'The secretariat has relayed your issue to a government body',
    zh: '秘书处已将您反映的问题转交政府部门',
  },
  issue_answered: { en: 'A government body has answered your issue', zh: '政府部门已答复您反映的问题' },
  issue_resolved: { en: 'Your issue has been resolved', zh: '您反映的问题已解决' },
  issue_closed: { en: 'Your issue has been closed', zh: '您反映的问题已关闭' },
  rating_proposed: {
    en: 'A country risk rating change waits for your decision',
    zh: '有一项国别风险评级调整等待您决定',
  },
  rating_published: { en: 'A country risk rating has changed', zh: '国别风险评级已调整' },
  rating_rejected: {
    en: 'Your proposed country risk rating was not published',
    zh: '您提出的国别风险评级调整未获发布',
  },
  alert_issued: {
    en: 'Risk alert for a country where you operate or that you follow',
    zh: '风险预警：涉及您所在或关注的国家',
  },
  alert_updated: { en: 'A risk alert has been updated', zh: '风险预警有更新' },
  alert_all_clear: { en: 'All clear: a risk alert has been withdrawn', zh: '预警解除：一项风险预警已撤回' },
  alert_release_requested: {
    en: 'A critical risk alert from a member waits for your release',
    zh: '有一项成员单位发布的严重风险预警等待您放行',
  },
  alert_released: { en: 'The secretariat has released your risk alert', zh: '秘书处已放行您的风险预警' },
  alert_reminder: {
    en: 'Please confirm that your people know of this risk alert',
    zh: '请确认贵单位人员已知悉此风险预警',
  },
  project_submitted: { en: 'A cooperation project waits for your review', zh: '有一个合作项目等待您审核' },
  project_returned: {
    en: 'The secretariat has sent your cooperation project back for changes',
    zh: '秘书处已退回您的合作项目，请修改',
  },
  project_approved: { en: 'The secretariat has published your cooperation project', zh: '秘书处已发布您的合作项目' },
  project_published: {
    en: 'A cooperation project in a country or sector you follow has been published',
    zh: '您关注的国家或行业有新的合作项目发布',
  },
  project_expiring: {
    en: 'Your cooperation project expires in 30 days: renew it to keep it open',
    zh: '您的合作项目将在 30 天后到期，续期可继续开放',
  },
  project_expired: { en: 'Your cooperation project has expired', zh: '您的合作项目已到期' },
  interest_expressed: {
    en: 'A member is interested in your cooperation project',
    zh: '有成员单位对您的合作项目感兴趣',
  },
  interest_withdrawn: { en: 'An expression of interest has been withdrawn', zh: '一项合作意向已撤回' },
  interest_accepted: {
    en: 'Your interest has been accepted: you can now see each other’s contacts and talk',
    zh: '您的合作意向已被接受：双方可查看联系方式并沟通',
  },
  interest_declined: { en: 'Your expression of interest has been declined', zh: '您的合作意向未被接受' },
  interest_message: { en: 'New message about a cooperation project', zh: '合作项目有新消息' },
  deal_moved: { en: 'A cooperation deal has moved to a new stage', zh: '一项合作交易已进入新阶段' },
  match_suggested: {
    en: 'A cooperation project matches your organization',
    zh: '有合作项目与贵单位匹配',
  },
  initiative_opened: {
    en: 'An initiative of the alliance is open for your organization to endorse',
    zh: '联盟倡议已开放签署，贵单位可签署响应',
  },
  endorsement_proposed: {
    en: 'A colleague proposes that your organization endorse an initiative',
    zh: '贵单位同事提议签署一项倡议',
  },
  endorsement_proposal_signed: {
    en: 'Your organization has endorsed the initiative you proposed',
    zh: '贵单位已签署您提议的倡议',
  },
  endorsement_proposal_declined: {
    en: 'Your proposal to endorse an initiative was declined',
    zh: '您提议签署倡议的建议未被采纳',
  },
  agreement_activated: { en: 'A partner agreement is now in effect', zh: '一项合作协议已生效' },
  agreement_expired: { en: 'A partner agreement has expired', zh: '一项合作协议已到期' },
  service_requested: { en: 'A member has requested a service you provide', zh: '有成员单位申请了贵单位提供的服务' },
  service_accepted: { en: 'Your service request has been accepted', zh: '您的服务申请已被受理' },
  service_delivered: {
    en: 'The service you requested has been delivered: please rate it',
    zh: '您申请的服务已完成，请评价',
  },
  service_declined: { en: 'Your service request has been declined', zh: '您的服务申请未被受理' },
  service_rated: { en: 'A member has rated the service you delivered', zh: '有成员单位评价了贵单位提供的服务' },
  service_message: { en: 'New message about a service request', zh: '服务申请有新消息' },
  annual_report_ready: {
    en: 'The annual report you asked for is ready to download',
    zh: '您申请的年度报告已生成，可以下载',
  },
  annual_report_failed: { en: 'The annual report you asked for could not be written', zh: '您申请的年度报告未能生成' },
};
