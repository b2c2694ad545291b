import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router';

type Props = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/** A link that looks like a button: a real `<a href>` (middle-click works) with client-side navigation. */
export function ButtonLink({ to, ...props }: Props) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLElement>(to);
  return (
    <Button {...props} href={href} onClick={(event) => handleClick(event as React.MouseEvent<HTMLAnchorElement>)} />
  );
}
