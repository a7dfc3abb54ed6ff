import type { Wording } from './en-US';

// What a partner using Partner Center in Korean must read, written here by hand (see en-US.ts), never
// imported from the product.
export const koKR: Wording = {
  app: {
    title: '파트너 센터',
    skip: '주 콘텐츠로 건너뛰기',
    externalHint: '(다른 웹 사이트로 이동)',
    signedInAs: ({ company, mpnId }) => `로그인: ${company}(MPN ID ${mpnId})`,
  },
  nav: {
    label: '파트너 센터',
    partnership: '파트너 관계',
    overview: '개요',
    offers: '제품',
    benefits: '혜택',
    serviceRequests: '서비스 요청',
    support: '지원',
  },
  offers: {
    heading: '제품',
    available: '사용 가능한 제품',
    purchased: '구입한 제품',
    noneAvailable: '현재 사용 가능한 제품이 없습니다.',
    subscription: 'Microsoft Action Pack 구독',
    learnMore: 'Microsoft Action Pack에 대한 자세한 내용',
    nonePurchased: '아직 구입한 제품이 없습니다.',
    renewsOn: ({ date }) => `${date}에 자동으로 갱신됩니다`,
    expiresOn: ({ date }) => `${date}에 만료됩니다`,
    reminder: ({ date }) =>
      `Microsoft Action Pack 구독이 ${date}에 만료됩니다. 혜택을 계속 받으려면 만료되기 전에 구독을 갱신하세요.`,
  },
  wizard: {
    cardShort: ({ brand, last4 }) => `${brand} •••• ${last4}`,
    charged: ({ amount, card, date }) => `${date}에 ${card} 카드로 ${amount}을(를) 청구했습니다.`,
    renewal: ({ date }) => `매년 이 날짜에 Action Pack 구독이 자동으로 갱신됩니다(${date}).`,
    errorDeclined: '카드가 거절되었습니다. 요금이 청구되지 않았습니다. 뒤로 돌아가서 다른 결제 방법을 선택하세요.',
    errorGeneric: '주문을 완료할 수 없습니다. 요금이 청구되지 않았습니다. 다시 시도하세요.',
    errorNetwork: '파트너 센터에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
    fieldErrors: {
      cardNumber: '올바른 카드 번호를 입력하세요.',
    },
    buy: '구매',
  },
  subscription: {
    heading: 'Microsoft Action Pack 구독',
    details: '구독 세부 정보',
    status: '상태',
    active: '활성',
    startDate: '구입 날짜',
    renewalDate: '갱신 날짜',
    autoRenew: '자동 갱신',
    on: '켜짐',
    off: '꺼짐',
    actions: '작업',
    renew: '구독 갱신',
    turnOff: '자동 갱신 끄기',
    turningOff: '자동 갱신을 끄는 중…',
    turnedOff: '자동 갱신이 꺼졌습니다. 구독을 갱신할 때 다시 켤 수 있습니다.',
    cannotTurnOn: '자동 갱신이 꺼져 있습니다. 구독을 다시 갱신할 때까지 구독 자동 갱신을 켤 수 없습니다.',
    turnOffError: '자동 갱신을 끌 수 없습니다. 변경된 내용이 없습니다. 다시 시도하세요.',
    notFound: '해당 구독을 찾을 수 없습니다.',
    nextSteps: '다음 단계',
    related: '관련 항목',
  },
  support: {
    submitted: ({ number }) =>
      `요청이 제출되었습니다(요청 번호: ${number}). 파트너 센터 지원 팀에서 연락드릴 것입니다.`,
    submitError: '요청을 제출할 수 없습니다. 입력한 내용은 그대로 있으니 다시 시도하세요.',
    fixErrors: '필수 정보를 입력하세요.',
    chooseTypeError: '문제 유형을 선택하세요.',
    refundRefused: {
      'refund-window-passed': ({ date }) => `환불은 구매 30일 내에만 가능합니다. ${date}에 구입했습니다.`,
      'software-activated':
        '환불은 소프트웨어 혜택을 활성화하기 전에만 가능하며, 소프트웨어 혜택이 이미 활성화되었습니다.',
    },
    types: {
      'billing-invoice-payment': '파트너 청구서, 결제 또는 조정 파일을 통한 도움',
    },
    fieldErrors: {
      title: '제목을 입력하세요.',
      description: '문제를 설명하세요.',
      contactEmail: '올바른 전자 메일 주소를 입력하세요.',
    },
  },
  requests: {
    statusOpen: '열림',
    noneOpen: '열린 서비스 요청이 없습니다.',
  },
  brands: {
    visa: 'Visa',
  },
  benefits: {
    noSubscription:
      'Microsoft Action Pack을 구독하면 소프트웨어, 클라우드, Visual Studio 및 기술 혜택을 받을 수 있습니다.',
    roles: {
      'global-admin': '글로벌 관리자',
      'user-admin': '사용자 관리자',
      'admin-agent': '관리 에이전트',
      'mpn-partner-admin': 'MPN 파트너 관리자',
    },
    roleNotice: ({ role }) =>
      `${role}(으)로 혜택을 볼 수 있습니다. 직원에게 혜택을 할당하려면 글로벌 관리자여야 합니다.`,
    fieldErrors: {
      sameEmail: '사용자의 파트너 센터 계정 이메일과 다른 이메일 주소를 입력하세요.',
    },
    errors: {
      'already-assigned': ({ name }) => `${name}님은 이미 이 혜택에 할당되어 있습니다.`,
      generic: '변경 내용을 저장할 수 없습니다. 입력한 내용은 그대로 있으니 다시 시도하세요.',
      keys: '키를 받을 수 없습니다. 다시 시도하세요.',
    },
    requestSubmitted: ({ number }) =>
      `요청이 제출되었습니다(요청 번호: ${number}). Microsoft 기술 컨설턴트가 연락드릴 것입니다.`,
    statuses: { available: '사용 가능', pending: '보류 중', active: '활성' },
    refundUntil: ({ date }) => `그 전에 소프트웨어 키를 받지 않으면 ${date}까지 환불을 받을 수 있습니다.`,
  },
};
