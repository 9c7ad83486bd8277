# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"unsupervised\\_hybrid\\_lc\\_k11 linear\\_readout" 2.31 0 NaN
"unsupervised\\_hybrid\\_lc\\_k3 linear\\_readout" 2.44 0 NaN
"unsupervised\\_hybrid\\_lc\\_k5 linear\\_readout" 2.19 0 NaN
"unsupervised\\_hybrid\\_lc\\_k5\\_lr0.0003 linear\\_readout" 2.55 0 NaN
"unsupervised\\_hybrid\\_lc\\_k5\\_lr0.003 linear\\_readout" 1.91 0 NaN
"unsupervised\\_hybrid\\_lc\\_k5\\_u6 linear\\_readout" 1.82 0 NaN
"unsupervised\\_hybrid\\_lc\\_k7 linear\\_readout" 2.08 0 NaN
EOD
set terminal svg size 900,318 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'mnist\_ff\_lc: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [6.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.6925:2.6775]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,318 font 'Helvetica,10'
set output 'errors.png'
set title 'mnist\_ff\_lc: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [6.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.6925:2.6775]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,1.61in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'mnist\_ff\_lc: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [6.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [1.6925:2.6775]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
