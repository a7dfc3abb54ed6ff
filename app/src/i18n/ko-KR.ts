import type { Catalog } from './en-US';

// The sandbox's own Korean (ko-KR) UI text, the same shape as en-US.ts.
//
// Labels and sentences that the documentation names are taken from the Korean page
// docs/pages/upgrade-your-partner-network-membership.ko-kr.md and marked `// doc:` with the file line and
// the Korean (= English) label, so a reviewer sees which strings are a contract with the page. Every other
// string is the product's own Korean. Like en-US.ts, this catalog is written here by hand and is never read
// from the documentation at run time, so the docs check can find drift between the product and the page.
//
// Line numbers are lines of that file; `9e520-NNN` is the sentence's data-ttu-id on the page.
//
// Choices where the page is inconsistent or cannot be used as it stands:
// - "Get started! Add a way to pay": the page keeps the English label with a Korean gloss in parentheses
//   (**Get started! Add a way to pay.(시작하세요. 결제 방법을 추가하세요.)**). Microsoft translators do that when
//   the product never localised the string, so a Korean Partner Center shows the English button; the docs
//   parser (checker/parser/label-text.ts) models the same: the English is the label, the parenthesis is a gloss.
//   The button therefore shows the English label, without the '.' before '('.
// - Membership: the page says '구성원 자격', '멤버 자격' and '멤버십'. The product's own strings use '멤버십'
//   (the page title, 9e520-103, and the network rule, 9e520-109, use it); the three option names and the
//   sentences compared against the page stay exactly as the page writes them ('… 구성원 자격', '멤버 자격').
//   A member is '회원', as in 9e520-109 ('네트워크 회원').
// - Purchase: the page says '구입' (**구입한 제품**, '구독 구입') and '구매' (**구매**). Both labels stay as the
//   page writes them; the product's own strings use '구입' ('구입 날짜', '구입한 제품이 없습니다'), so the only
//   '구매' is the Buy button.
// - "Your order is confirmed": the page's sentence '주문이 확인됩니다.' (9e520-140/162) describes what happens
//   next; the dialog title states the result, so it reads '주문이 확인되었습니다' (no full stop, a title).
// - Azure credit: the page writes '매달 미화 100달러의 Microsoft Azure 크레딧 제공'. Korean writes a dollar amount
//   in words ('미화 …달러'), which Intl's currency format does not; the catalog keeps the words and the product
//   formats the number {{amount}} with Intl.NumberFormat for the locale, so the benefit reads as the page does.
// - Service request filters: the page names the filter **열기** (a verb, "to open"; machine translation of
//   "Open"). The filter keeps the page's label; its counterpart is '닫힘' ('닫기' is the Close button), and the
//   Status column uses the states '열림' / '닫힘'.
export const koKR: Catalog = {
  app: {
    title: '파트너 센터', // doc: line 59, **파트너 센터** (= **Partner Center**)
    skip: '주 콘텐츠로 건너뛰기',
    loading: '로드하는 중…',
    loadError: '이 페이지를 로드할 수 없습니다. 잠시 후 다시 시도하세요.',
    retry: '다시 시도',
    back: '뒤로',
    cancel: '취소',
    externalHint: '(다른 웹 사이트로 이동)', // wording of line 54 (9e520-128) '이 링크를 따라 이동 하면 다른 웹 사이트로 이동 합니다.'
    signedInAs: '로그인: {{company}}(MPN ID {{mpnId}})',
  },
  nav: {
    label: '파트너 센터', // doc: line 59, **파트너 센터** (= **Partner Center**) menu
    partnership: '파트너 관계', // doc: line 59, **파트너 관계 > 제품** (= **Partnership > Offers**)
    overview: '개요',
    offers: '제품', // doc: line 59, **파트너 관계 > 제품** (= **Partnership > Offers**)
    serviceRequests: '서비스 요청', // doc: line 122, **서비스 요청 > 파트너 센터 요청** (= **Service requests > Partner Center requests**)
    partnerCenterRequests: '파트너 센터 요청', // doc: line 122, **서비스 요청 > 파트너 센터 요청** (= **Service requests > Partner Center requests**)
    support: '지원',
  },
  membership: {
    heading: '멤버십',
    // doc: line 25 (9e520-106), sentence, exact
    intro:
      'Microsoft의 파트너 프로그램은 비즈니스 목표를 달성 하는 데 도움이 되는 증분 이점과 마케팅 리소스, 제품 및 프로그램을 사용 하 여 다음과 같은 세 가지 멤버 자격 옵션을 제공 합니다.',
    yourLevel: '내 멤버십',
    levelNone: 'Microsoft 파트너 네트워크 회원 아님',
    levelNetwork: '네트워크 회원',
    levelActionPack: 'Microsoft Action Pack 구독이 있는 네트워크 회원',
    network: '네트워크 구성원 자격', // doc: line 27, **네트워크 구성원 자격** (= **Network membership**), without the page's trailing '.'
    // doc: line 27 (9e520-108), sentence, exact
    networkText: '핵심 구성원 수준으로, 교육, 지원 및 고객 연결에 대 한 항목별 마케팅 리소스를 제공 합니다.',
    networkRule: '멤버십을 업그레이드하려면 네트워크 회원이어야 합니다.', // doc: line 27 (9e520-109), sentence, exact
    // doc: line 29, **Microsoft Action Pack 구독 구성원 자격** (= **Microsoft Action Pack subscription membership**),
    // without the trailing '.'
    actionPack: 'Microsoft Action Pack 구독 구성원 자격',
    actionPackText: '중소규모 파트너 회사에 서비스를 제공하는 저렴한 연간 구독입니다.', // doc: line 29 (9e520-111), sentence, exact
    competencies: 'Microsoft 역량', // doc: line 31, **Microsoft 역량** (= **Microsoft competencies**), without the trailing '.'
    competenciesText: '획득 지정은 회사의 기능을 보여주는 합니다.', // doc: line 31 (9e520-114), sentence, exact (the page's ungrammatical machine translation)
    silver: '실버 역량-일관 된 기능, 전문 지식 및 약정', // doc: line 33 (9e520-116), exact
    gold: '특정 Microsoft 솔루션 영역 내의 골드 역량-최고 수준의 기능', // doc: line 35 (9e520-117), exact
    goToOffers: '제품 보기',
  },
  offers: {
    heading: '제품', // same word as the menu entry **제품** (line 59)
    available: '사용 가능한 제품', // doc: line 59, **사용 가능한 제품** (= **Available offers**)
    purchased: '구입한 제품', // doc: line 77, **구입한 제품** (= **Purchased offers**)
    noneAvailable: '현재 사용 가능한 제품이 없습니다.',
    nonePurchased: '아직 구입한 제품이 없습니다.',
    actionPack: 'Microsoft Action Pack',
    // doc: line 41 (9e520-121), sentence, exact
    actionPackText:
      'Action Pack은 클라우드 중심, 모바일 중심 세상에서 Microsoft 영업을 확장하려는 기업을 위해 준비된 서비스, 소프트웨어 및 지원에 대한 경제적인 연간 구독입니다.',
    benefitsHeading: 'Action Pack을 구독하면 다음과 같은 혜택이 있습니다.', // doc: line 41 (9e520-122), sentence, exact
    benefits: [
      // doc: lines 43, 45, 47, 49 (9e520-123 … 126), exact, the amount formatted by Intl (see the header)
      'iOS, Android, Linux 및 Windows에서 고객을 위한 응용 프로그램 및 솔루션을 만들 수 있는 세계적 수준의 개발자 도구 사용',
      'Windows 10 Enterprise(업그레이드) 라이선스 10개, Visual Studio Professional 라이선스 3개, 무료 Visual Studio Team Services 계정 제공',
      'Office 365(E3) 실제 사용자 수 최대 10명과 Enterprise Mobility Suite 및 Microsoft Dynamics CRM Online Professional 실제 사용자 수 5명 제공',
      '매달 미화 {{amount}}달러의 Microsoft Azure 크레딧 제공',
    ],
    price: '연간 {{price}}',
    learnMore: 'Microsoft Action Pack에 대한 자세한 내용', // wording of line 51 (9e520-127)
    subscribeNow: '지금 구독', // doc: line 59, **지금 구독** (= **Subscribe now**)
    notMember: '멤버십을 업그레이드하려면 네트워크 회원이어야 합니다.', // doc: line 27 (9e520-109), sentence, exact
    subscription: 'Microsoft Action Pack 구독', // doc: line 79, **Microsoft Action Pack 구독** (= **Microsoft Action Pack subscription**)
    renewsOn: '{{date}}에 자동으로 갱신됩니다',
    expiresOn: '{{date}}에 만료됩니다',
    // reminder the page promises at line 84 (9e520-150) '구독이 만료되기 전에 갱신하라고 알려드립니다.'
    reminder:
      'Microsoft Action Pack 구독이 {{date}}에 만료됩니다. 혜택을 계속 받으려면 만료되기 전에 구독을 갱신하세요.',
  },
  wizard: {
    heading: 'Microsoft Action Pack 구독 신청',
    renewHeading: 'Microsoft Action Pack 구독 갱신', // wording of the section heading at line 87 (9e520-151) 'Action Pack 구독 갱신'
    progress: '{{total}}단계 중 {{current}}단계: {{name}}',
    next: '다음', // doc: line 61, **다음** (= **Next**)
    buy: '구매', // doc: line 69, **구매** (= **Buy**)
    close: '닫기', // doc: line 71, **닫기** (= **Close**)
    verify: '주문 세부 정보 확인', // wording of line 93 (9e520-155) '주문 세부 정보를 확인한 후'
    termsStep: '약관',
    // wording of line 61 (9e520-134), with the link in {{link}}
    termsText: '다음을 선택하여 Microsoft 파트너 네트워크에서 부여한 내부 사용 권한의 {{link}}에 동의합니다.',
    termsLink: '약관', // doc: line 61, [약관] link text (= [Terms and Conditions])
    billingStep: '청구 정보',
    billingText: '다음을 선택하여 결제 정보를 추가합니다.', // line 63 (9e520-135), sentence, exact without the bold
    billingTo: '청구 대상',
    paymentStep: '결제 정보',
    noPaymentMethod: '등록된 결제 방법이 없습니다.',
    // doc: line 65, **Get started! Add a way to pay.(시작하세요. 결제 방법을 추가하세요.)** (= **Get started! Add a way to pay**):
    // the English label, as the page keeps it; the Korean is the page's gloss, not shown (see the header).
    addWayToPay: 'Get started! Add a way to pay',
    chooseWayToPay: '결제 방법 선택',
    card: '{{brand}}(끝자리 {{last4}}), 만료 {{month}}/{{year}}',
    cardShort: '{{brand}} •••• {{last4}}',
    newCard: '신용 카드 추가',
    holderName: '카드 소유자 이름',
    cardNumber: '카드 번호',
    expiryMonth: '만료 월',
    expiryYear: '만료 연도',
    securityCode: '보안 코드',
    postalCode: '청구지 우편 번호',
    fieldErrors: {
      holderName: '카드에 표시된 이름을 입력하세요.',
      cardNumber: '올바른 카드 번호를 입력하세요.',
      expiryMonth: '만료 월을 선택하세요.',
      expiryYear: '지나지 않은 만료 연도를 선택하세요.',
      securityCode: '3자리 또는 4자리 보안 코드를 입력하세요.',
      postalCode: '청구지 우편 번호를 입력하세요.',
    },
    reviewStep: '주문 검토',
    offer: '제품',
    term: '기간',
    termValue: '1년',
    price: '가격',
    payWith: '결제 방법',
    chargedNow: '즉시 신용 카드로 청구됩니다.', // doc: line 69 (9e520-139), sentence, exact
    processing: '주문을 처리하는 중…',
    // doc: line 71 (9e520-140) '주문이 확인됩니다.' (= 'Your order is confirmed.'): as a dialog title, in the
    // past tense and without the full stop (see the header).
    confirmed: '주문이 확인되었습니다',
    charged: '{{date}}에 {{card}} 카드로 {{amount}}을(를) 청구했습니다.',
    // doc: line 73 (9e520-142) '매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다.', exact, with the date in parentheses
    renewal: '매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다({{date}}).',
    saving: '결제 방법을 저장하는 중…',
    errorDeclined: '카드가 거절되었습니다. 요금이 청구되지 않았습니다. 뒤로 돌아가서 다른 결제 방법을 선택하세요.',
    errorGeneric: '주문을 완료할 수 없습니다. 요금이 청구되지 않았습니다. 다시 시도하세요.',
    errorNotMember: '멤버십을 업그레이드하려면 네트워크 회원이어야 합니다.', // doc: line 27 (9e520-109), sentence, exact
    errorNetwork: '파트너 센터에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
  },
  subscription: {
    heading: 'Microsoft Action Pack 구독', // doc: line 79, **Microsoft Action Pack 구독** (= **Microsoft Action Pack subscription**)
    details: '구독 세부 정보', // wording of line 79 (9e520-147) '구독 세부 정보를 봅니다'
    status: '상태',
    active: '활성',
    startDate: '구입 날짜',
    renewalDate: '갱신 날짜',
    autoRenew: '자동 갱신',
    on: '켜짐',
    off: '꺼짐',
    actions: '작업', // doc: line 91, **작업** (= **Actions**)
    renew: '구독 갱신', // doc: line 91, **구독 갱신** (= **Renew subscriptions**)
    turnOff: '자동 갱신 끄기', // doc: line 81, **자동 갱신 끄기** (= **Turn off automatic renewal**)
    turningOff: '자동 갱신을 끄는 중…',
    turnedOff: '자동 갱신이 꺼졌습니다. 구독을 갱신할 때 다시 켤 수 있습니다.',
    // second sentence: doc line 84 (9e520-149) '… 구독을 다시 갱신할 때까지 구독 자동 갱신을 켤 수 없습니다.', exact
    cannotTurnOn: '자동 갱신이 꺼져 있습니다. 구독을 다시 갱신할 때까지 구독 자동 갱신을 켤 수 없습니다.',
    turnOffError: '자동 갱신을 끌 수 없습니다. 변경된 내용이 없습니다. 다시 시도하세요.',
    notFound: '해당 구독을 찾을 수 없습니다.',
    nextSteps: '다음 단계', // doc: line 125 (9e520-175), heading '다음 단계' (= 'Next steps')
    activate: 'Action Pack 구독 활성화', // doc: line 127 (9e520-176), link 'Action Pack 구독 활성화' (= 'Activate your Action Pack subscription')
    related: '관련 항목', // doc: line 130 (9e520-177), heading '관련 항목' (= 'Related topics')
    addUsers: '사용자 추가 및 권한 할당', // doc: line 132 (9e520-178), link '사용자 추가 및 권한 할당' (= 'Add users and assign permissions to them')
  },
  support: {
    heading: '지원',
    intro: 'Microsoft Action Pack 구독을 취소하려면 파트너 센터 지원에 문의해야 합니다.', // doc: line 112 (9e520-167), sentence, exact
    reportProblems: '파트너 센터에서 문제 보고', // doc: line 116, **파트너 센터에서 문제 보고** (= **Report problems with Partner Center**)
    pcHeading: '파트너 센터 지원',
    newRequest: '새 요청', // doc: line 116, **새 요청** (= **New request**)
    formHeading: '새 지원 요청',
    typeOfProblem: '문제 유형', // doc: line 118, **문제 유형** (= **Type of problem**)
    chooseType: '문제 유형 선택',
    types: {
      // doc: line 118, **파트너 청구서, 결제 또는 조정 파일을 통한 도움** (= **Help with partner invoice, payment, or reconciliation file**)
      'billing-invoice-payment': '파트너 청구서, 결제 또는 조정 파일을 통한 도움',
      'account-access': '계정 액세스 및 사용자 관리',
      'offers-and-benefits': '제품 및 혜택',
      other: '기타',
    },
    title: '제목',
    description: '설명',
    contactName: '연락처 이름',
    contactEmail: '연락처 전자 메일',
    contactPhone: '연락처 전화 번호',
    submit: '제출', // doc: line 120, **제출** (= **Submit**)
    submitting: '요청을 제출하는 중…',
    fixErrors: '필수 정보를 입력하세요.',
    submitted: '요청이 제출되었습니다(요청 번호: {{number}}). 파트너 센터 지원 팀에서 연락드릴 것입니다.',
    submitError: '요청을 제출할 수 없습니다. 입력한 내용은 그대로 있으니 다시 시도하세요.',
    chooseTypeError: '문제 유형을 선택하세요.',
    fieldErrors: {
      problemType: '문제 유형을 선택하세요.',
      title: '제목을 입력하세요.',
      description: '문제를 설명하세요.',
      contactName: '연락처 이름을 입력하세요.',
      contactEmail: '올바른 전자 메일 주소를 입력하세요.',
      contactPhone: '전화 번호를 입력하세요.',
    },
  },
  requests: {
    heading: '파트너 센터 요청', // doc: line 122, **서비스 요청 > 파트너 센터 요청** (= **Service requests > Partner Center requests**)
    open: '열기', // doc: line 122, **열기** (= **Open**)
    closed: '닫힘',
    // {{status}} is the filter's label or '' (no filter); the fixed text comes first for the page object.
    noneOpen: '열린 서비스 요청이 없습니다.',
    noneClosed: '닫힌 서비스 요청이 없습니다.',
    noneAtAll: '서비스 요청이 없습니다.',
    number: '요청 번호',
    created: '만든 날짜',
    status: '상태',
    statusOpen: '열림',
    statusClosed: '닫힘',
    notFound: '해당 서비스 요청을 찾을 수 없습니다.',
    backToList: '파트너 센터 요청으로 돌아가기',
  },
  brands: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
};
