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
    benefits: '혜택', // doc: benefits page line 120 (25e06-174), **혜택** (= **Benefits**)
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
    addAnotherWayToPay: '다른 결제 방법 추가',
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
      'benefit-cancellation': '멤버십 혜택 또는 제품 취소', // doc: benefits page line 144 (25e06-199), heading
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
    refundRefused: {
      'refund-window-passed': '환불은 구매 30일 내에만 가능합니다. {{date}}에 구입했습니다.',
      'software-activated':
        '환불은 소프트웨어 혜택을 활성화하기 전에만 가능하며, 소프트웨어 혜택이 이미 활성화되었습니다.',
      'nothing-to-cancel': '취소할 멤버십 혜택 패키지가 없습니다.',
    },
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
  // Benefits: labels and sentences the page docs/pages/manage-your-partner-network-benefits.ko-kr.md names are
  // marked `// doc:` with its line and `25e06-NNN` id; every other string is the product's own Korean.
  benefits: {
    heading: '혜택', // doc: line 42 (25e06-120), **혜택** 페이지 (= **Benefits** page)
    // wording of line 39 (25e06-118)
    intro:
      '멤버십 혜택 패키지 구입 후 소프트웨어 키를 받고 라이선스, 구독 및 기타 혜택을 직원에게 할당하여 사용하기 시작하세요.',
    tabsLabel: '혜택 유형',
    tabs: {
      software: '소프트웨어', // doc: line 50 (25e06-128), **소프트웨어** (= **Software**)
      cloud: '클라우드', // doc: line 67 (25e06-141), **클라우드** (= **Cloud**)
      'visual-studio': 'Visual Studio 구독', // doc: line 78 (25e06-147), **Visual Studio 구독** (= **Visual Studio subscriptions**)
      technical: '기술 혜택', // doc: line 94 (25e06-155), **기술 혜택** (= **Technical benefits**)
      'go-to-market': '시장 진출', // doc: line 120 (25e06-174), **시장 진출** (= **Go-To-Market**)
    },
    none: '이 유형의 혜택이 없습니다. 혜택은 구입한 멤버십 혜택 패키지에 포함됩니다.',
    noSubscription:
      'Microsoft Action Pack을 구독하면 소프트웨어, 클라우드, Visual Studio 및 기술 혜택을 받을 수 있습니다.',
    // wording of line 52 (25e06-129) '… 세부 정보를 확장합니다': the row's far-right control, named by what it expands
    expand: '{{name}} 세부 정보',
    quantity: '수량: {{count}}',
    assigned: '할당됨: {{count}}/{{total}}',
    technicalNames: {
      support: 'Microsoft 제품 지원 문제', // wording of line 96 (25e06-156)
      'advisory-hours': '파트너 자문 시간', // wording of line 96 (25e06-156)
    },
    getKeys: '키 받기', // doc: line 56 (25e06-132), **키 받기** (= **Get keys**)
    gettingKeys: '키를 받는 중…',
    keys: '제품 라이선스 키', // wording of line 56 (25e06-132)
    key: '키',
    instructions: '특별 지침', // wording of line 73 (25e06-145)
    language: '언어',
    chooseLanguage: '언어 선택',
    operatingSystem: 'OS(운영 체제)', // wording of line 60 (25e06-137)
    chooseOperatingSystem: '운영 체제 선택',
    os: { '32-bit': 'Windows, 32비트', '64-bit': 'Windows, 64비트' },
    downloads: '다운로드',
    loadingDownloads: '설치 패키지를 찾는 중…',
    download: '{{name}} 다운로드',
    azureUsage: '이 사용량 기준 구독을 활성화하려면 본인을 사용자로 할당하세요.',
    assignYourself: '본인을 사용자로 할당',
    azurePortal: 'Microsoft Azure Portal에서 구독 관리', // wording of line 71 (25e06-144)
    visualStudioPortal: '사용자는 Visual Studio 포털에서 자신의 구독을 관리할 수 있습니다', // wording of line 87 (25e06-152)
    licenseBased: '이 라이선스 기준 구독을 활성화하려면 키를 받은 다음 특별 지침을 따르세요.',
    user: '사용자',
    chooseUser: '사용자 선택',
    // wording of line 85 (25e06-150), **계정 설정** (= **Account settings**)
    userNotListed: '할당하려는 사용자가 목록에 없는 경우 계정 설정에서 새 사용자를 추가할 수 있습니다.',
    alternativeEmail: '대체 이메일 주소', // wording of line 108 (25e06-167)
    alternativeEmailHint:
      '사용자의 파트너 센터 계정 이메일과 다른 주소여야 합니다. 두 주소로 지원 지침을 보내드립니다.',
    assignUser: '사용자 할당', // doc: line 82 (25e06-149), **사용자 할당** (= **Assign user**)
    assigning: '사용자를 할당하는 중…',
    assignedUsers: '할당된 사용자',
    noneAssigned: '아직 할당된 사용자가 없습니다.',
    remove: '{{name}} 제거',
    assignedOn: '{{date}}에 할당됨',
    allAssigned: '모든 자리가 할당되었습니다. 다른 사용자를 할당하려면 할당된 사용자를 제거하세요.',
    activationTakes: '이 혜택을 활성화하고 할당된 사용자에게 이메일로 지침을 보내는 데 며칠이 걸릴 수 있습니다.', // doc: line 106 (25e06-165), exact
    // doc: line 110 (25e06-168), wording
    advisory:
      '클라우드 및 하이브리드 솔루션의 사전 판매, 디자인, 배포 및 앱 개발 단계에서 자문 시간 혜택을 사용하여 기술 지원을 요청할 수 있습니다.',
    requestForm: '요청 양식', // doc: line 110 (25e06-169), [요청 양식] (= [request form])
    phase: '단계',
    choosePhase: '단계 선택',
    phases: { presales: '사전 판매', design: '디자인', deployment: '배포', 'app-development': '앱 개발' },
    requestDescription: '어떤 도움이 필요하신가요?',
    submitRequest: '요청 제출', // doc: line 110 (25e06-169), **요청 제출** (= **Submit request**)
    submittingRequest: '요청을 제출하는 중…',
    requestSubmitted: '요청이 제출되었습니다(요청 번호: {{number}}). Microsoft 기술 컨설턴트가 연락드릴 것입니다.',
    fieldErrors: {
      userId: '사용자를 선택하세요.',
      alternativeEmail: '올바른 이메일 주소를 입력하세요.',
      sameEmail: '사용자의 파트너 센터 계정 이메일과 다른 이메일 주소를 입력하세요.',
      email: '올바른 이메일 주소를 입력하세요.',
      phone: '전화 번호를 입력하세요.',
      language: '기본 설정 언어를 선택하세요.',
      phase: '단계를 선택하세요.',
      description: '필요한 도움을 설명하세요.',
    },
    errors: {
      'already-assigned': '{{name}}님은 이미 이 혜택에 할당되어 있습니다.',
      'no-seats-left': '모든 자리가 할당되었습니다. 먼저 할당된 사용자를 제거하세요.',
      'not-global-admin': '글로벌 관리자만 혜택을 할당할 수 있습니다.',
      'no-marketing-contact': '제품을 활성화하기 전에 마케팅 담당자를 할당하세요.',
      generic: '변경 내용을 저장할 수 없습니다. 입력한 내용은 그대로 있으니 다시 시도하세요.',
      keys: '키를 받을 수 없습니다. 다시 시도하세요.',
      downloads: '설치 패키지를 찾을 수 없습니다. 다시 시도하세요.',
    },
    roleNotice: '{{role}}(으)로 혜택을 볼 수 있습니다. 직원에게 혜택을 할당하려면 글로벌 관리자여야 합니다.', // wording of line 42 (25e06-119)
    becomeAdmin: '글로벌 관리자가 되려면:',
    becomeAdminSteps: [
      '회사에 이미 글로벌 관리자가 있을 수 있으므로 팀에 꼭 문의해 보세요.', // doc: line 42 (25e06-121), exact
      '글로벌 관리자에게 계정 설정 > 사용자 관리에서 글로벌 관리자 역할을 부여해 달라고 요청하세요.',
      '파트너 센터에서 로그아웃했다가 다시 로그인한 다음 혜택으로 돌아오세요.',
    ],
    roles: {
      'global-admin': '글로벌 관리자', // doc: line 26 (25e06-108)
      'user-admin': '사용자 관리자', // doc: line 27 (25e06-109)
      'admin-agent': '관리 에이전트', // doc: line 28 (25e06-110)
      'mpn-partner-admin': 'MPN 파트너 관리자', // doc: line 29 (25e06-111)
    },
    marketingContact: '마케팅 담당자',
    // doc: line 124 (25e06-177, 178), wording
    marketingContactRule:
      '시장 진출 제품 또는 프로그램을 활성화하려면 먼저 회사 마케팅 담당자를 할당해야 합니다. 이 담당자는 활성 시장 진출 제품에 대한 후속 연락을 받게 됩니다.',
    noMarketingContact: '할당된 마케팅 담당자가 없습니다.',
    add: '추가', // doc: line 126 (25e06-179), **추가** (= **Add**)
    update: '업데이트', // doc: line 126 (25e06-179), **업데이트** (= **Update**)
    change: '변경', // doc: line 126 (25e06-179), **변경** (= **Change**)
    contactEmail: '이메일 주소',
    contactPhone: '연락처 전화 번호', // wording of line 134 (25e06-188)
    preferredLanguage: '기본 설정 언어', // wording of line 134 (25e06-188)
    chooseLanguageOption: '언어 선택',
    contactSaved: '{{name}}님이 마케팅 담당자입니다.',
    // doc: line 136 (25e06-191), **실버 코어**, **골드 코어** (= **Silver Core**, **Gold Core**)
    coreBenefits: { 'silver-core': '실버 코어', 'gold-core': '골드 코어' },
    noOffers: '파트너 수준과 역량에 따라 사용할 수 있는 시장 진출 제품이 없습니다.',
    offer: '제품',
    offerTypes: {
      'campaign-in-a-box': '캠페인 인 어 박스',
      'solution-finder-listing': '파트너 솔루션 찾기 등록',
      'co-marketing': '공동 마케팅 자금',
      'case-study': '고객 사례 연구',
    },
    status: '상태', // doc: line 141 (25e06-195), **상태** (= **Status**)
    // doc: line 141 (25e06-195), **활성** (= **Active**)
    statuses: { available: '사용 가능', pending: '보류 중', active: '활성' },
    expires: '만료', // doc: line 141 (25e06-196), **만료** (= **Expires**)
    activate: '활성화', // doc: line 138 (25e06-192), **활성화** (= **Activate**)
    activating: '제품을 활성화하는 중…',
    activationPending:
      '할당된 마케팅 담당자에게 이메일로 지침을 보내고 시장 진출 제품을 활성화하는 데 며칠이 걸릴 수 있습니다. 제품이 활성화되면 상태와 만료 날짜가 여기에 표시됩니다.',
    cancelHeading: '멤버십 혜택 또는 제품 취소', // doc: line 144 (25e06-199), heading
    // doc: line 146 (25e06-200, 201), wording
    cancelRule:
      '혜택 또는 제품을 취소하고 환불을 받으려면 구매 30일 내에 요청을 하고 소프트웨어 혜택을 활성화하지 않아야 합니다. 서비스 요청을 통해 취소를 요청합니다.',
    refundUntil: '그 전에 소프트웨어 키를 받지 않으면 {{date}}까지 환불을 받을 수 있습니다.',
    refundWindowPassed: '환불을 받을 수 없습니다. {{date}}에 구입하여 30일이 지났습니다.',
    refundSoftwareActivated: '환불을 받을 수 없습니다. 소프트웨어 혜택이 활성화되었습니다.',
    requestCancellation: '취소 요청',
  },
  brands: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
};
