import { useNavigation } from 'react-router';

/** A thin bar while the router loads the next page; the page itself says more (aria-busy). */
export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return <div className="navigation-progress" aria-hidden="true" />;
}
