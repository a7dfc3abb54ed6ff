// The sandbox's own English UI text. Labels that the documentation names are marked `// doc:` with the
// documented label, so a reviewer sees which strings are a contract with the page; they are written here
// by hand, never read from the page, so the docs check can find drift between the two.
export const enUS = {
  app: {
    title: 'Partner Center',
    skip: 'Skip to main content',
    loading: 'Loading…',
    loadError: "We couldn't load this page. Try again in a moment.",
    retry: 'Try again',
    back: 'Back',
    cancel: 'Cancel',
    externalHint: '(opens another website)',
    signedInAs: 'Signed in as {{company}} (MPN ID {{mpnId}})',
  },
  nav: {
    label: 'Partner Center', // doc: Partner Center (menu)
    partnership: 'Partnership', // doc: Partnership > Offers
    overview: 'Overview',
    offers: 'Offers',
    serviceRequests: 'Service requests', // doc: Service requests > Partner Center requests
    partnerCenterRequests: 'Partner Center requests',
    support: 'Support',
  },
  membership: {
    heading: 'Membership',
    intro:
      "Microsoft's partner program offers the following three membership options, with incremental benefits " +
      'and marketing resources, offers, and programs to help you achieve your business goals.',
    yourLevel: 'Your membership',
    levelNone: 'Not a Microsoft Partner Network member',
    levelNetwork: 'Network member',
    levelActionPack: 'Network member with a Microsoft Action Pack subscription',
    network: 'Network membership',
    networkText:
      'The core membership level, offering entry-level marketing resources for training, support, and customer connections.',
    networkRule: 'You must be a network member to upgrade your membership.',
    actionPack: 'Microsoft Action Pack subscription membership',
    actionPackText: 'An affordable annual subscription, serving small and mid-sized partner companies.',
    competencies: 'Microsoft competencies',
    competenciesText: "An earned designation showcasing your company's capabilities.",
    silver: 'Silver competency - consistent capability, expertise, and commitment',
    gold: 'Gold competency - best-in-class capability within a specific Microsoft solution area',
    goToOffers: 'View offers',
  },
  offers: {
    heading: 'Offers',
    available: 'Available offers', // doc: Available offers
    purchased: 'Purchased offers', // doc: Purchased offers
    noneAvailable: 'There are no offers available to you right now.',
    nonePurchased: "You haven't purchased any offers yet.",
    actionPack: 'Microsoft Action Pack',
    actionPackText:
      'Action Pack is an affordable yearly subscription to services, software, and support for businesses ' +
      'that want to grow their Microsoft practice in the cloud-first, mobile-first world.',
    benefitsHeading: 'Subscribe to Action Pack to:',
    benefits: [
      'Use world-class developer tools to create applications and solutions for your customers on iOS, Android, Linux, and Windows',
      'Get ten Windows 10 Enterprise (upgrade) licenses, three Visual Studio Professional licenses, and a no-cost Visual Studio Team Services account',
      'Get up to ten Office 365 (E3) seats, plus five seats of Enterprise Mobility Suite and Microsoft Dynamics CRM Online Professional',
      'Receive US${{amount}} of Microsoft Azure credits every month',
    ],
    price: '{{price}} per year',
    learnMore: 'More about Microsoft Action Pack',
    subscribeNow: 'Subscribe now', // doc: Subscribe now
    notMember: 'You must be a network member to upgrade your membership.',
    subscription: 'Microsoft Action Pack subscription', // doc: Microsoft Action Pack subscription
    renewsOn: 'Renews automatically on {{date}}',
    expiresOn: 'Expires on {{date}}',
    reminder:
      'Your Microsoft Action Pack subscription expires on {{date}}. Renew it before then to keep your benefits.',
  },
  wizard: {
    heading: 'Subscribe to Microsoft Action Pack',
    renewHeading: 'Renew your Microsoft Action Pack subscription',
    progress: 'Step {{current}} of {{total}}: {{name}}',
    next: 'Next', // doc: Next
    buy: 'Buy', // doc: Buy
    close: 'Close', // doc: Close
    verify: 'Verify your order details',
    termsStep: 'Terms and conditions',
    termsText:
      'By selecting Next, you agree to the {{link}} for internal use rights granted by the Microsoft Partner Network.',
    termsLink: 'Terms and Conditions',
    billingStep: 'Billing information',
    billingText: 'Select Next to add payment details.',
    billingTo: 'Bill to',
    paymentStep: 'Payment details',
    noPaymentMethod: "You don't have a way to pay on file.",
    addWayToPay: 'Get started! Add a way to pay', // doc: Get started! Add a way to pay
    chooseWayToPay: 'Choose a way to pay',
    card: '{{brand}} ending in {{last4}}, expires {{month}}/{{year}}',
    cardShort: '{{brand}} •••• {{last4}}',
    newCard: 'Add a credit card',
    holderName: 'Name on card',
    cardNumber: 'Card number',
    expiryMonth: 'Expiration month',
    expiryYear: 'Expiration year',
    securityCode: 'Security code',
    postalCode: 'Billing postal code',
    // Shown for a field the backend refused; the backend's own English message is for API users.
    fieldErrors: {
      holderName: 'Enter the name on the card.',
      cardNumber: 'Enter a valid card number.',
      expiryMonth: 'Choose the expiration month.',
      expiryYear: 'Choose an expiration year that has not passed.',
      securityCode: 'Enter the 3 or 4 digit security code.',
      postalCode: 'Enter the billing postal code.',
    },
    reviewStep: 'Review your order',
    offer: 'Offer',
    term: 'Term',
    termValue: '1 year',
    price: 'Price',
    payWith: 'Payment method',
    chargedNow: 'Your credit card will be charged immediately.',
    processing: 'Processing your order…',
    confirmed: 'Your order is confirmed', // doc: Your order is confirmed
    charged: 'We charged {{amount}} to {{card}} on {{date}}.',
    renewal: 'Your Action Pack subscription will renew automatically each year on this date: {{date}}.',
    saving: 'Saving your payment method…',
    errorDeclined: 'Your card was declined. You have not been charged. Go back and choose another way to pay.',
    errorGeneric: "We couldn't complete your order. You have not been charged. Try again.",
    errorNotMember: 'You must be a network member to upgrade your membership.',
    errorNetwork: "We couldn't reach Partner Center. Check your connection and try again.",
  },
  subscription: {
    heading: 'Microsoft Action Pack subscription',
    details: 'Subscription details',
    status: 'Status',
    active: 'Active',
    startDate: 'Purchase date',
    renewalDate: 'Renewal date',
    autoRenew: 'Automatic renewal',
    on: 'On',
    off: 'Off',
    actions: 'Actions', // doc: Actions
    renew: 'Renew subscriptions', // doc: Renew subscriptions
    turnOff: 'Turn off automatic renewal', // doc: Turn off automatic renewal
    turningOff: 'Turning off automatic renewal…',
    turnedOff: 'Automatic renewal is off. You can turn it back on when you renew your subscription.',
    cannotTurnOn:
      "Automatic renewal is off. You won't be able to turn it back on until you renew the subscription again.",
    turnOffError: "We couldn't turn off automatic renewal. Nothing was changed. Try again.",
    notFound: "We couldn't find that subscription.",
    nextSteps: 'Next steps',
    activate: 'Activate your Action Pack subscription',
    related: 'Related topics',
    addUsers: 'Add users and assign permissions to them',
  },
  support: {
    heading: 'Support',
    intro: 'To cancel your Microsoft Action Pack subscription, contact Partner Center Support.',
    reportProblems: 'Report problems with Partner Center', // doc: Report problems with Partner Center
    pcHeading: 'Partner Center support',
    newRequest: 'New request', // doc: New request
    formHeading: 'New support request',
    typeOfProblem: 'Type of problem', // doc: Type of problem
    chooseType: 'Choose a type of problem',
    types: {
      'billing-invoice-payment': 'Help with partner invoice, payment, or reconciliation file', // doc
      'account-access': 'Account access and user management',
      'offers-and-benefits': 'Offers and benefits',
      other: 'Other',
    },
    title: 'Title',
    description: 'Description',
    contactName: 'Contact name',
    contactEmail: 'Contact email',
    contactPhone: 'Contact phone number',
    submit: 'Submit', // doc: Submit
    submitting: 'Submitting your request…',
    fixErrors: 'Fill in the required information.',
    submitted: 'Request {{number}} was submitted. The Partner Center Support team will contact you.',
    submitError: "We couldn't submit your request. Nothing was lost; try again.",
    chooseTypeError: 'Choose a type of problem.',
    fieldErrors: {
      problemType: 'Choose a type of problem.',
      title: 'Enter a title.',
      description: 'Describe the problem.',
      contactName: 'Enter a contact name.',
      contactEmail: 'Enter a valid email address.',
      contactPhone: 'Enter a phone number.',
    },
  },
  requests: {
    heading: 'Partner Center requests',
    open: 'Open', // doc: Open
    closed: 'Closed',
    noneOpen: 'You have no open service requests.',
    noneClosed: 'You have no closed service requests.',
    noneAtAll: 'You have no service requests.',
    number: 'Request number',
    created: 'Created on',
    status: 'Status',
    statusOpen: 'Open',
    statusClosed: 'Closed',
    notFound: "We couldn't find that service request.",
    backToList: 'Back to Partner Center requests',
  },
  brands: { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' },
};

/** Every locale's catalog has the same shape as English. */
export type Catalog = typeof enUS;
